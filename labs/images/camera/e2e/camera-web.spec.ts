import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { generateFirmwareSamples } from "../../firmware/generate-firmware-samples";
import type { Camera } from "../src/camera";
import { admin, call, createAdmin, json, startCamera } from "../src/test-camera";

// An installer sets the camera up through its own web pages only; then the lab-check side asks VAPIX.
const ADMIN = { user: "root", pwd: "Web-Setup-Strong-77" };
let cam: Camera;
test.afterEach(async () => cam?.stop());

test("first-boot wizard, an operator, HTTPS only: all visible to VAPIX", async ({ browser }) => {
  cam = await startCamera();
  const http = `http://127.0.0.1:${cam.ports.http}`;
  const context = await browser.newContext({ ignoreHTTPSErrors: true, httpCredentials: { username: ADMIN.user, password: ADMIN.pwd } });
  const page = await context.newPage();

  await page.goto(`${http}/camera/network.html`);
  await expect(page).toHaveURL(`${http}/camera/setup.html`);
  await page.getByLabel("Password", { exact: true }).fill("password");
  await expect(page.locator('li[data-ok="no"]', { hasText: "an upper case letter" })).toBeVisible();
  await page.getByLabel("Repeat password").fill("password");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("alert")).toHaveText(/password does not meet the password policy \(complexity\)/);
  expect(cam.needsSetup).toBe(true);

  await page.getByLabel("Password", { exact: true }).fill(ADMIN.pwd);
  await expect(page.locator('li[data-ok="no"]')).toHaveCount(0);
  await page.getByLabel("Repeat password").fill(ADMIN.pwd);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(`${http}/camera/users.html`);
  await expect(page.locator('tr[data-user="root"]')).toContainText("admin");

  const add = page.locator("#add");
  await add.getByLabel("User name").fill("installer");
  await add.getByLabel("Password").fill("Operator-Pass-88");
  await add.getByLabel("Role").selectOption("operator");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(page.locator('tr[data-user="installer"]')).toContainText("operator");

  await page.getByRole("link", { name: "Network security" }).click();
  await page.getByLabel("Network.HTTP.HTTPSOnly").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(`https://127.0.0.1:${cam.ports.https}/camera/network.html`);
  await expect(page.getByLabel("Network.HTTP.HTTPSOnly")).toBeChecked();
  await context.close();

  // What a lab check sees, over the network.
  const ready = (await call(cam, "/axis-cgi/systemready.cgi")).json().data;
  expect(ready.needsetup).toBe("no");
  const groups = await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { secure: true, auth: ADMIN });
  expect(groups.text).toMatch(/^operator="root,installer"$/m);
  expect(groups.text).toMatch(/^admin="root"$/m);
  const plain = await call(cam, "/axis-cgi/param.cgi?action=list&group=Network.HTTP", { auth: ADMIN });
  expect([plain.status, plain.text.trim()]).toEqual([403, "Error: HTTPS required."]);
});

test("firmware page: an unsigned image is refused with its verdict and code, a genuine one installs", async ({ browser }) => {
  cam = await startCamera();
  await createAdmin(cam);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "camweb-fw-"));
  generateFirmwareSamples(dir);
  const context = await browser.newContext({ httpCredentials: { username: admin.user, password: admin.pwd } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${cam.ports.http}/camera/system.html`);
  await expect(page.locator("#fw")).toContainText('"activeFirmwareVersion": "11.11.73"');
  await page.getByLabel("Firmware file (.cwfw)").setInputFiles(path.join(dir, "CW-P3265-11.11.94-unsigned.cwfw"));
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert")).toHaveText(/^Refused 422 \(unsigned or untrusted signature\): .*not signed/);
  await page.getByLabel("Firmware file (.cwfw)").setInputFiles(path.join(dir, "CW-P3265-11.11.94.cwfw"));
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.locator("#fw")).toContainText('"isCommited": false');
  await page.getByRole("button", { name: "Commit" }).click();
  await expect(page.locator("#fw")).toContainText('"isCommited": true');
  await context.close();
  const status = await call(cam, "/axis-cgi/firmwaremanagement.cgi", { body: json("status"), auth: admin });
  expect(status.json().data).toMatchObject({ activeFirmwareVersion: "11.11.94", isCommited: true });
});

test("users page: change a password and delete a user, seen by VAPIX", async ({ browser }) => {
  cam = await startCamera();
  await createAdmin(cam);
  await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=joe&pwd=Viewer-Pass-123&sgrp=viewer", { auth: admin });
  await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=ann&pwd=Viewer-Pass-123&sgrp=viewer", { auth: admin });
  const context = await browser.newContext({ httpCredentials: { username: admin.user, password: admin.pwd } });
  const page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
  await page.goto(`http://127.0.0.1:${cam.ports.http}/camera/users.html`);
  await page.getByLabel("New password for joe").fill("Changed-Pass-456");
  await page.locator('tr[data-user="joe"]').getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert")).toHaveText("Modified account joe.");
  await page.locator('tr[data-user="ann"]').getByRole("button", { name: "Delete" }).click();
  await expect(page.locator('tr[data-user="ann"]')).toHaveCount(0);
  await context.close();
  const joe = { user: "joe", pwd: "Changed-Pass-456" };
  expect((await call(cam, "/axis-cgi/usergroup.cgi", { auth: joe })).status).toBe(200);
  expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { auth: admin })).text).toMatch(/^users="root,joe"$/m);
});

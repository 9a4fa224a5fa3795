import fs from "node:fs";
import { type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { DEMO_PASSWORD, signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { certify } from "../fixtures/certify";
import { bakePng } from "../../../src/modules/certificates/bake-badge";

const TITLE = "Certified Professional — Network Camera Cybersecurity";

/** Clicks a download link and returns the saved file's path. */
async function download(page: Page, name: string): Promise<string> {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name, exact: true }).click();
  const file = await pending;
  expect(await file.failure()).toBeNull();
  return (await file.path())!;
}

test("a holder downloads the baked badges, the PDF and the wallet files, and a visitor verifies each by dropping it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("badge-holder");
  const name = "Zoë Badgeholder";
  await signUp(page, name, email, DEMO_PASSWORD);
  const id = certify(email);
  await signIn(page, email);
  await page.goto(`/certificates/${id}`);
  await expect(page.getByTestId("certificate-holder")).toHaveText(name);

  const linkedIn = new URL((await page.getByRole("link", { name: /Add to LinkedIn profile/u }).getAttribute("href"))!);
  expect(linkedIn.hostname).toBe("www.linkedin.com");
  expect(linkedIn.searchParams.get("name")).toBe(TITLE);
  expect(linkedIn.searchParams.get("organizationName")).toBe("Cyberwall Academy");
  expect(linkedIn.searchParams.get("certId")).toBe(id);
  expect(linkedIn.searchParams.get("certUrl")).toMatch(new RegExp(`/verify/${id}$`, "u"));
  const now = new Date();
  expect(linkedIn.searchParams.get("issueYear")).toBe(String(now.getUTCFullYear()));
  expect(linkedIn.searchParams.get("expirationYear")).toBe(String(now.getUTCFullYear() + 3));

  const files = {
    png: await download(page, "Badge (PNG)"),
    svg: await download(page, "Badge (SVG)"),
    pdf: await download(page, "Download PDF"),
    jwt: await download(page, "Credential (VC-JWT)"),
    json: await download(page, "Credential (JSON)"),
  };
  expect(fs.readFileSync(files.png).subarray(1, 4).toString()).toBe("PNG");
  expect(fs.readFileSync(files.pdf).subarray(0, 5).toString()).toBe("%PDF-");
  const jwt = fs.readFileSync(files.jwt, "utf8").trim();
  expect(fs.readFileSync(files.svg, "utf8")).toContain(`<openbadges:credential verify="${jwt}">`);
  expect(JSON.parse(fs.readFileSync(files.json, "utf8"))).toMatchObject({
    type: "EnvelopedVerifiableCredential",
    id: `data:application/vc+jwt,${jwt}`,
  });

  // A visitor (no session) drops each file on /verify.
  const anon = await browser.newContext();
  const visitor = await anon.newPage();
  await visitor.goto("/verify");
  for (const [kind, file] of Object.entries(files)) {
    const answered = visitor.waitForResponse((r) => r.url().endsWith("/api/verify") && r.request().method() === "POST");
    await visitor.getByLabel(/Or drop or choose a file/u).setInputFiles(file);
    expect((await answered).status(), kind).toBe(200);
    await expect(visitor.getByTestId("verification-status"), kind).toHaveText("Valid");
    await expect(visitor.getByText(`${name} — ${TITLE}`), kind).toBeVisible();
  }

  // A badge re-baked with an edited credential (valid PNG, forged claims) reads as tampered; a damaged PNG is refused.
  const png = fs.readFileSync(files.png);
  const [h, p, s] = jwt.split(".");
  const claims = JSON.parse(Buffer.from(p, "base64url").toString());
  claims.validUntil = "2099-12-31T00:00:00Z";
  const forged = bakePng(png, [h, Buffer.from(JSON.stringify(claims)).toString("base64url"), s].join("."));
  await visitor.getByLabel(/Or drop or choose a file/u).setInputFiles({ name: "forged.png", mimeType: "image/png", buffer: forged });
  await expect(visitor.getByTestId("verification-status")).toHaveText("Tampered");
  const damaged = Buffer.from(png);
  damaged[png.indexOf(Buffer.from(jwt.slice(40, 60)))] ^= 0x01;
  await visitor.getByLabel(/Or drop or choose a file/u).setInputFiles({ name: "damaged.png", mimeType: "image/png", buffer: damaged });
  await expect(visitor.getByRole("alert").filter({ hasText: "could not be read" })).toContainText(/Corrupt PNG chunk/u);
  const plain = await visitor.request.get("/api/badges/certified-professional-camera-cybersecurity.png");
  expect(plain.headers()["content-type"]).toBe("image/png");
  await visitor
    .getByLabel(/Or drop or choose a file/u)
    .setInputFiles({ name: "plain.png", mimeType: "image/png", buffer: await plain.body() });
  await expect(visitor.getByRole("alert").filter({ hasText: "PNG" })).toContainText("carries no Open Badges credential");

  // Somebody else's downloads stay private.
  expect((await visitor.request.get(`/api/certificates/${id}/badge.png`)).status()).toBe(401);
  await anon.close();
});

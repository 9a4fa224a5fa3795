import { execFileSync } from "node:child_process";
import { expect, test } from "../fixtures/test";
import { DEMO, signIn, signOut, signUp, uniqueEmail } from "../fixtures/accounts";
import { ensureFixtureImage } from "../../../src/modules/labs/runtime/build-fixture-image";

const PASSWORD = "Admin-Ends-This-Lab-7";
/** The ids of the containers labelled with this lab session, as the engine lists them. */
const containersOf = (sessionId: string) =>
  execFileSync("docker", ["ps", "-aq", "--filter", `label=academy.session=${sessionId}`])
    .toString()
    .trim();

test("a trainer previews a lesson and a lab from the working tree with the checker's messages", async ({ page }) => {
  await signIn(page, DEMO.trainer);
  await page.goto("/trainer/preview");
  await expect(page.getByRole("heading", { name: "Content preview" })).toBeVisible();
  await page.getByRole("link", { name: "Cameras are computers" }).click();
  await expect(page.getByRole("heading", { name: "Cameras are computers", level: 1 })).toBeVisible();
  await expect(page.getByText("content/courses/cybersecurity-for-installers/lessons/cameras-are-computers.mdx")).toBeVisible();
  await expect(page.getByTestId("preview-ok").or(page.getByTestId("preview-issues"))).toBeVisible();
  await expect(page.locator("article")).not.toBeEmpty();
  await page.goto("/trainer/preview");
  await page.getByRole("link", { name: "attack-surface" }).click();
  await expect(page.getByRole("heading", { name: "Shrink the attack surface" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Step 1:/u })).toBeVisible();
});

test("an admin sees organisations, lab sessions, the audit log, and a partner view of any organisation", async ({ page, browser }) => {
  await ensureFixtureImage();
  await signIn(page, DEMO.admin);
  await page.goto("/admin/organizations");
  await expect(page.getByRole("row", { name: "Contoso Surveillance" })).toBeVisible();
  await page.getByRole("row", { name: "Contoso Surveillance" }).getByRole("link").click();
  await expect(page.getByTestId("org-name")).toHaveText("Contoso Surveillance");
  await expect(page.getByTestId("staff-table")).toContainText("Carl Carlsson");
  await expect(page.getByTestId("certified-chart")).toBeVisible();
  await page.getByRole("link", { name: "Compliance for tenders" }).click();
  await expect(page.getByTestId("compliance-table")).toContainText("IEC 62443-3-3 SR 7.7");
  // A learner's real running lab is terminated: its row, the learner's session and its containers all go. (A
  // session recorded without containers raced the reaper, which ends such sessions as lost.)
  const learner = await (await browser.newContext()).newPage();
  const email = uniqueEmail("terminated");
  await signUp(learner, "Tess Learner", email, PASSWORD);
  await signIn(learner, email, PASSWORD);
  const started = await learner.request.post("/api/labs/sessions", { data: { lab: "terminal-basics" } });
  expect(started.status()).toBe(201);
  const { sessionId } = (await started.json()) as { sessionId: string };
  const status = async () => ((await (await learner.request.get(`/api/labs/${sessionId}`)).json()) as { status: string }).status;
  await expect.poll(status, { timeout: 30_000 }).toBe("ready");
  expect(containersOf(sessionId)).not.toBe("");
  await page.goto("/admin/labs");
  await expect(page.getByRole("heading", { name: "Lab sessions in flight" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Terminate session ${sessionId}` }).click();
  await expect(page.getByRole("button", { name: `Terminate session ${sessionId}` })).toHaveCount(0);
  expect(await status()).toBe("destroyed");
  await expect.poll(() => containersOf(sessionId)).toBe("");
  await page.goto("/admin/audit?action=lab.session_terminated");
  await expect(page.getByTestId("audit-table")).toContainText(sessionId);
  await signOut(page);
  // The demo NORTHWIND manager sees a certificate expiring within 90 days and the tier at risk.
  await signIn(page, DEMO.manager);
  await page.goto("/partner");
  await expect(page.getByTestId("expiring-list")).toContainText("Nora Nyberg");
  await expect(page.getByTestId("tier-now")).toContainText("Meets the Silver requirements");
  await expect(page.getByTestId("tier-later")).toContainText("Does not meet");
});

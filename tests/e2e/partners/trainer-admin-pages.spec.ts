import { execFileSync } from "node:child_process";
import { expect, test } from "../fixtures/test";
import { DEMO, signIn, signOut } from "../fixtures/accounts";

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

test("an admin sees organisations, lab sessions, the audit log, and a partner view of any organisation", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/organizations");
  await expect(page.getByRole("row", { name: "Contoso Surveillance" })).toBeVisible();
  await page.getByRole("row", { name: "Contoso Surveillance" }).getByRole("link").click();
  await expect(page.getByTestId("org-name")).toHaveText("Contoso Surveillance");
  await expect(page.getByTestId("staff-table")).toContainText("Carl Carlsson");
  await expect(page.getByTestId("certified-chart")).toBeVisible();
  await page.getByRole("link", { name: "Compliance for tenders" }).click();
  await expect(page.getByTestId("compliance-table")).toContainText("IEC 62443-3-3 SR 7.7");
  // A running session (recorded without containers) is terminated through the labs module.
  const port = Number(process.env.E2E_PORT ?? 3100);
  const sessionId = execFileSync(
    "npx",
    ["tsx", "tests/e2e/partners/record-lab-progress.ts", "start", "carl@contoso.test", "first-boot", "ready"],
    {
      env: { ...process.env, DATABASE_URL: `file:./data/e2e-${port}.db`, CHECKPOINT_DISABLE: "1" },
    },
  )
    .toString()
    .trim();
  await page.goto("/admin/labs");
  await expect(page.getByRole("heading", { name: "Lab sessions in flight" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Terminate session ${sessionId}` }).click();
  await expect(page.getByRole("button", { name: `Terminate session ${sessionId}` })).toHaveCount(0);
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

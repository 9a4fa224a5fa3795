import { expect, test } from "../fixtures/test";
import { DEMO, signIn, signUp, submit, uniqueEmail } from "../fixtures/accounts";
import { completePrerequisites, EXAM_SLUG, loadAnswerKey } from "./exam-key";

const PASSWORD = "Tripod-Lantern-Quay-58";

test("an admin grants extra time that extends the candidate's server-side deadline", async ({ page, browser }) => {
  const email = uniqueEmail("extra-time");
  await signUp(page, "Eli Extra", email, PASSWORD, "NORTHWIND");
  completePrerequisites(email);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/admin/candidates");
  await admin.getByLabel("Candidate email").fill(email);
  await admin.getByLabel("Extra minutes").fill("20");
  await admin.getByLabel("Reason (optional)").fill("Reading support");
  await submit(admin, "Set extra time");
  await expect(admin.getByRole("status")).toContainText("Eli Extra now has 20 extra minutes");
  await expect(admin.getByRole("cell", { name: `Eli Extra (${email})` })).toBeVisible();
  await adminContext.close();

  await signIn(page, email, PASSWORD);
  await page.goto(`/exams/${EXAM_SLUG}`);
  await expect(page.getByText("plus 20 minutes of extra time granted to you")).toBeVisible();
  await page.getByRole("button", { name: "Start the exam" }).click();
  await expect(page.getByTestId("time-left")).toContainText(/Time left (79|80):/u);
  // Leaving and coming back resumes the same attempt rather than starting another.
  const url = page.url();
  await page.goto(`/exams/${EXAM_SLUG}`);
  await page.getByRole("link", { name: "Resume your attempt" }).click();
  await expect(page).toHaveURL(url);
});

test("a trainer sees facility, discrimination and distractors for every item, and the form reliability", async ({ page }) => {
  await signIn(page, DEMO.trainer);
  await page.goto("/trainer/items");
  const table = page.getByTestId(`item-stats-${EXAM_SLUG}`);
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(loadAnswerKey().size);
  await expect(table.getByRole("columnheader", { name: "Discrimination" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Options" })).toBeVisible();
  await expect(page.getByTestId(`kr20-${EXAM_SLUG}`)).toContainText("Form reliability (KR-20)");
});

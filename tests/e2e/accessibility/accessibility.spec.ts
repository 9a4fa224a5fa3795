// axe-core on every kind of page (zero serious or critical violations), and two keyboard-only journeys.
import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { loadCourses } from "../../../src/modules/courses/load-courses";
import { DEMO, DEMO_PASSWORD, signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { certify } from "../fixtures/certify";
import { expectAccessible } from "../fixtures/accessible";
import { completePrerequisites, EXAM_SLUG } from "../exams/exam-key";

/** Presses Tab until `target` has focus (keyboard only: no clicks, no focus() calls). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with Tab`);
}

// One test per kind of visitor, so a slow machine times out per group, not over the whole site.
test("public pages have no serious or critical axe violations", async ({ page }) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("axe-public");
  await signUp(page, "Axel Public", email, DEMO_PASSWORD);
  const certificateId = certify(email);
  const { courses } = await loadCourses(process.cwd());
  for (const path of ["/", "/sign-in", "/sign-up", "/verify", `/verify/${certificateId}`, "/courses", `/courses/${courses[0].slug}`])
    await expectAccessible(page, path);
});

test("learner pages (with a certificate, and the lab page before a lab starts) have no serious or critical axe violations", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("axe-holder");
  await signUp(page, "Axel Holder", email, DEMO_PASSWORD);
  const certificateId = certify(email);
  const { courses } = await loadCourses(process.cwd());
  const course = courses[0];
  await signIn(page, email);
  for (const path of [
    "/dashboard",
    `/courses/${course.slug}/${course.lessons[0].slug}`,
    "/labs",
    "/labs/first-boot",
    "/exams",
    `/exams/${EXAM_SLUG}`,
    "/certificates",
    `/certificates/${certificateId}`,
    "/classroom",
    "/profile",
  ])
    await expectAccessible(page, path);
});

for (const [role, account, paths] of [
  ["partner manager", DEMO.manager, ["/dashboard", "/partner", "/partner/compliance"]],
  [
    "trainer",
    DEMO.trainer,
    [
      "/trainer",
      "/trainer/items",
      "/trainer/preview",
      "/trainer/sessions/new",
      "/trainer/appeals",
      "/trainer/standard-setting",
      `/trainer/standard-setting/${EXAM_SLUG}`,
    ],
  ],
  [
    "admin",
    DEMO.admin,
    ["/admin", "/admin/users", "/admin/organizations", "/admin/certificates", "/admin/candidates", "/admin/labs", "/admin/audit"],
  ],
] as const) {
  test(`${role} pages have no serious or critical axe violations`, async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, account);
    for (const path of paths) await expectAccessible(page, path);
  });
}

test("keyboard only: a lesson's knowledge check is answered and graded", async ({ page }) => {
  test.setTimeout(180_000);
  const { courses } = await loadCourses(process.cwd());
  const course = courses.find((c) => c.lessons.some((l) => l.checks.some((k) => !k.multiple)))!;
  const lesson = course.lessons.find((l) => l.checks.some((k) => !k.multiple))!;
  const check = lesson.checks.find((k) => !k.multiple)!;
  const email = uniqueEmail("keyboard-learner");
  await signUp(page, "Kim Keyboard", email, DEMO_PASSWORD);
  await signIn(page, email);
  await page.goto(`/courses/${course.slug}/${lesson.slug}`);
  await expect(page.getByRole("button", { name: "Mark lesson complete" })).toBeVisible();
  const card = page.getByTestId(`check-${check.id}`);
  const radios = card.getByRole("radio");
  await tabTo(page, radios.first());
  const wanted = check.answer[0];
  for (let i = 0; i < wanted; i++) await page.keyboard.press("ArrowDown"); // arrows move and select within a radio group
  await page.keyboard.press("Space");
  await expect(card.getByRole("radio", { name: check.options[wanted], exact: true })).toBeChecked();
  await tabTo(page, card.getByRole("button", { name: "Check answer" }));
  await page.keyboard.press("Enter");
  await expect(card.getByRole("status")).toContainText(/correct/iu);
});

test("keyboard only: the exam's answers, flag and navigator; the attempt page passes axe", async ({ page }) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("keyboard-candidate");
  await signUp(page, "Kai Keyboard", email, DEMO_PASSWORD, "NORTHWIND");
  completePrerequisites(email);
  await signIn(page, email);
  await page.goto(`/exams/${EXAM_SLUG}`);
  await tabTo(page, page.getByRole("button", { name: "Start the exam" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("question-number")).toHaveText("Question 1 of 40");
  await expectAccessible(page, "");

  const saved = () => page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/attempts/"));
  // The answer controls only: the section also holds the flag checkbox, which an ordering question
  // (no radios or checkboxes of its own) would otherwise pick up and toggle here.
  const answers = page.getByTestId("question-stem").locator("xpath=..").locator("fieldset");
  const choice = answers.getByRole("radio").or(answers.getByRole("checkbox")).first();
  if (await choice.count()) {
    await tabTo(page, choice);
    const answered = saved();
    await page.keyboard.press("Space");
    await answered;
  }
  const flag = page.getByLabel("Flag for review");
  await tabTo(page, flag);
  const flaggedSave = saved();
  await page.keyboard.press("Space");
  await flaggedSave;
  await expect(flag).toBeChecked();
  await tabTo(page, page.getByRole("link", { name: "Next", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("question-number")).toHaveText("Question 2 of 40");
  const first = page.getByTestId("nav-q-1");
  await expect(first).toHaveAttribute("aria-label", /^Question 1(, answered)?, flagged$/u);
  await tabTo(page, first);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("question-number")).toHaveText("Question 1 of 40");
  await expect(page.getByTestId("nav-q-1")).toHaveAttribute("aria-current", "page");
  await expect(page.getByLabel("Flag for review")).toBeChecked();
});

import { type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { loadCourses, type KnowledgeCheck } from "../../../src/modules/courses/load-courses";
import { DEMO_PASSWORD, signIn, signUp, uniqueEmail } from "../fixtures/accounts";

const COURSE = "cybersecurity-for-installers";

// The test process may read the lesson files (the browser never gets the answers) to answer right.
async function loadCourse() {
  const { courses } = await loadCourses(process.cwd());
  const course = courses.find((c) => c.slug === COURSE);
  if (!course) throw new Error(`course ${COURSE} does not load; run npm run content:check`);
  return course;
}

async function answer(page: Page, check: KnowledgeCheck, options: number[]) {
  const card = page.getByTestId(`check-${check.id}`);
  for (const index of options)
    await card.getByRole(check.multiple ? "checkbox" : "radio", { name: check.options[index], exact: true }).check();
  await card.getByRole("button", { name: "Check answer" }).click();
  return card.getByRole("status");
}

async function openLesson(page: Page, slug: string) {
  await page.goto(`/courses/${COURSE}/${slug}`);
  // The button appears once the learner's progress has loaded, i.e. the page is hydrated.
  await expect(page.getByRole("button", { name: "Mark lesson complete" }).or(page.getByTestId("lesson-complete"))).toBeVisible();
}

test("a learner reads lessons, answers checks, and completes the course", async ({ page }) => {
  test.setTimeout(15 * 60_000);
  const course = await loadCourse();
  const total = course.lessons.length;
  const email = uniqueEmail("course-learner");
  await signUp(page, "Casey Course", email, DEMO_PASSWORD);
  await signIn(page, email);

  await page.goto("/courses");
  await page.getByRole("link", { name: course.title }).click();
  await expect(page.getByTestId("lessons-completed")).toHaveText(`0 of ${total} lessons complete`);
  await page.getByTestId("next-lesson").click();
  const first = course.lessons[0];
  await expect(page.getByRole("heading", { level: 1, name: first.title })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link").first()).toBeVisible();

  // Wrong, then right: feedback comes from the server.
  const check = first.checks[0];
  await expect(page.getByRole("button", { name: "Mark lesson complete" })).toBeVisible();
  const wrong = check.options.findIndex((_, i) => !check.answer.includes(i));
  await expect(await answer(page, check, [wrong])).toContainText("Not quite");
  const card = page.getByTestId(`check-${check.id}`);
  if (check.multiple) await card.getByRole("checkbox", { name: check.options[wrong], exact: true }).uncheck();
  await expect(await answer(page, check, check.answer)).toContainText("Correct.");
  await expect(card.getByRole("status")).toContainText(check.explanation.slice(0, 40));

  for (const [i, lesson] of course.lessons.entries()) {
    await openLesson(page, lesson.slug);
    for (const use of lesson.components.filter((c) => c.name === "LabLink")) {
      const card = page.getByTestId(`lab-link-${use.props.lab}`);
      await expect(card.getByRole("link", { name: "Open the lab" })).toHaveAttribute("href", `/labs/${use.props.lab}`);
      await expect(card.getByTestId("lab-status")).toHaveText("Not started yet"); // a fresh learner, from the labs module
    }
    for (const kc of lesson.checks) {
      if (i === 0 && kc.id === check.id) continue;
      await expect(await answer(page, kc, kc.answer)).toContainText("Correct.");
    }
    await page.getByRole("button", { name: "Mark lesson complete" }).click();
    await expect(page.getByTestId("lesson-complete")).toBeVisible();
    if (i === 0) {
      await page.goto(`/courses/${COURSE}`);
      await expect(page.getByTestId("lessons-completed")).toHaveText(`1 of ${total} lessons complete`);
      await expect(page.getByRole("progressbar", { name: "Course progress" })).toHaveAttribute(
        "aria-valuenow",
        String(Math.round(100 / total)),
      );
      await expect(page.getByTestId("course-complete")).toHaveCount(0);
    }
  }

  await page.goto(`/courses/${COURSE}`);
  await expect(page.getByTestId("lessons-completed")).toHaveText(`${total} of ${total} lessons complete`);
  await expect(page.getByRole("progressbar", { name: "Course progress" })).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId("course-complete")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByTestId(`dashboard-course-${COURSE}`)).toContainText("Complete");
});

test("lesson pages are public and never contain answers", async ({ page }) => {
  const course = await loadCourse();
  const lesson = course.lessons.find((l) => l.checks.length > 0)!;
  const response = await page.goto(`/courses/${COURSE}/${lesson.slug}`);
  const html = await response!.text();
  for (const kc of lesson.checks) expect(html).not.toContain(kc.explanation.slice(0, 60));
  await expect(page.getByTestId(`check-${lesson.checks[0].id}`).getByRole("link", { name: "Sign in" })).toBeVisible();
});

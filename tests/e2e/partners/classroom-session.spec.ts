import { execFileSync } from "node:child_process";
import { type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { DEMO, signIn, signOut, signUp, uniqueEmail } from "../fixtures/accounts";

const PASSWORD = "Classroom-Seat-2026";
const port = Number(process.env.E2E_PORT ?? 3100);

/** Lab progress as the labs runtime records it (see record-lab-progress.ts). */
function recordLabProgress(...args: string[]): string {
  return runHelper("record-lab-progress.ts", ...args);
}

function runHelper(script: string, ...args: string[]): string {
  return execFileSync("npx", ["tsx", `tests/e2e/partners/${script}`, ...args], {
    env: { ...process.env, DATABASE_URL: `file:./data/e2e-${port}.db`, CHECKPOINT_DISABLE: "1" },
  })
    .toString()
    .trim();
}

async function enrol(page: Page, title: string, button: string, message: string) {
  await page.goto("/classroom");
  const card = page.getByRole("listitem", { name: title });
  await card.getByRole("button", { name: button }).click();
  await expect(card.getByTestId("my-status")).toHaveText(message);
}

test("a trainer schedules a session, two learners enrol (one waitlisted), the trainer marks attendance", async ({ page, request }) => {
  const title = `Installers, Malmö ${Date.now()}`;
  const year = new Date().getUTCFullYear() + 1;

  await signIn(page, DEMO.trainer);
  await page.goto("/trainer/sessions/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("In person").check();
  await page.getByLabel("Location").fill("Room 2, Storgatan 12, Malmö");
  await page.getByLabel("Day 1 starts (UTC)").fill(`${year}-03-02T08:00`);
  await page.getByLabel("Seats").fill("1");
  await page.getByRole("button", { name: "Schedule session" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const sessionUrl = page.url();
  await signOut(page);

  const ann = { name: "Ann Attendee", email: uniqueEmail("ann") };
  const bo = { name: "Bo Waiting", email: uniqueEmail("bo") };
  await signUp(page, ann.name, ann.email, PASSWORD);
  await signIn(page, ann.email, PASSWORD);
  await enrol(page, title, "Enrol", "You are enrolled.");
  // The enrolled learner gets the session's calendar file.
  const calendar = page.getByRole("listitem", { name: title }).getByRole("link", { name: "Add to calendar (.ics)" });
  const ics = await page.request.get((await calendar.getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(body.match(/BEGIN:VEVENT/gu)).toHaveLength(2);
  expect(body).toContain(`DTSTART:${year}0302T080000Z`);
  // Learners cannot watch the cohort stream.
  const sessionId = new URL(sessionUrl).pathname.split("/").pop();
  expect((await page.request.get(`/api/trainer/sessions/${sessionId}/cohort`)).status()).toBe(403);
  await signOut(page);

  await signUp(page, bo.name, bo.email, PASSWORD);
  await signIn(page, bo.email, PASSWORD);
  await enrol(page, title, "Join the waitlist", "You are on the waitlist (place 1).");
  await signOut(page);

  // Anonymous callers get no calendar.
  expect(
    (await request.get(`${new URL(sessionUrl).pathname.replace("/trainer/sessions/", "/api/classroom/sessions/")}/ics`)).status(),
  ).toBe(401);

  await signIn(page, DEMO.trainer);
  await page.goto(sessionUrl);
  await expect(page.getByTestId("waitlist")).toContainText(bo.name);
  const row = page.getByRole("row", { name: ann.name });
  // Day 1 is next year: attendance cannot be marked yet.
  await page.getByRole("button", { name: `Mark ${ann.name} present on day 1` }).click();
  await expect(page.getByText("Day 1 has not started yet.")).toBeVisible();
  await expect(row.getByTestId("attendance-day-1")).toHaveText("—");
  // The session started 25 hours ago: both days are under way.
  runHelper("start-classroom-session.ts", sessionId!, "25");
  await page.reload();
  await page.getByRole("button", { name: `Mark ${ann.name} present on day 1` }).click();
  await expect(row.getByTestId("attendance-day-1")).toHaveText("Present");
  await page.getByRole("button", { name: `Mark ${ann.name} present on day 2` }).click();
  await expect(row.getByTestId("attendance-day-2")).toHaveText("Present");
  await page.reload();
  await expect(page.getByRole("row", { name: ann.name }).getByTestId("attendance-day-2")).toHaveText("Present");

  // The live cohort view follows lab progress as it happens, without a reload.
  const labSession = recordLabProgress("start", ann.email, "attack-surface");
  await page.getByRole("link", { name: "Live cohort view" }).click();
  await expect(page.getByTestId("cohort-state")).toContainText("Live");
  const cohortRow = page.getByRole("row", { name: ann.name });
  await expect(cohortRow).toContainText("attack-surface");
  await expect(cohortRow.getByTestId("steps")).toHaveText(/^0\/\d+$/u);
  recordLabProgress("pass", labSession, "find-exposures");
  await expect(cohortRow.getByTestId("steps")).toHaveText(/^1\/\d+$/u);
});

import { beforeAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { getLab } from "./catalog";
import { describeSession } from "./describe-session";
import { FIXTURE_LABS_DIR } from "./lab-config";
import { findSession } from "./queries";
import { recordCheck } from "./queries/record-steps";

// What the lab page shows after a reload, from the stored results alone (no containers needed).
let sessionId: string;
beforeAll(async () => {
  const user = await db.user.create({ data: { name: "Reload Learner", email: "reload@example.com" } });
  const at = new Date(Date.now() + 3_600_000);
  sessionId = (
    await db.labSession.create({ data: { userId: user.id, labSlug: "terminal-basics", status: "ready", expiresAt: at, hardExpiresAt: at } })
  ).id;
});

it("a step that passed and later failed shows the failure as the latest outcome, and stays passed", async () => {
  const lab = (await getLab("terminal-basics", [FIXTURE_LABS_DIR]))!;
  await recordCheck(sessionId, "write-note", true, "The note is there.");
  await recordCheck(sessionId, "write-note", false, "~/note.txt is gone.");
  const view = await describeSession(lab, (await findSession(sessionId))!, "owner");
  const step = view.steps.find((s) => s.id === "write-note")!;
  expect(step).toMatchObject({ passed: true, lastPassed: false, feedback: "~/note.txt is gone.", attempts: 2 });
});

it("a step that failed and then passed shows the pass", async () => {
  const lab = (await getLab("terminal-basics", [FIXTURE_LABS_DIR]))!;
  await recordCheck(sessionId, "protect-note", false, "Anyone can read it.");
  await recordCheck(sessionId, "protect-note", true, "Only you can read it.");
  const view = await describeSession(lab, (await findSession(sessionId))!, "owner");
  expect(view.steps.find((s) => s.id === "protect-note")).toMatchObject({
    passed: true,
    lastPassed: true,
    feedback: "Only you can read it.",
  });
});

it("checks of one step running at once never lose the pass or its time", async () => {
  const outcomes = [false, true, false, false, true, false];
  await Promise.all(outcomes.map((passed, i) => recordCheck(sessionId, "race-step", passed, `run ${i}`)));
  const row = await db.labStepResult.findUniqueOrThrow({ where: { sessionId_stepId: { sessionId, stepId: "race-step" } } });
  expect(row).toMatchObject({ passed: true, attempts: outcomes.length });
  expect(row.passedAt).not.toBeNull();
  expect(await db.labCheckRun.count({ where: { sessionId, stepId: "race-step" } })).toBe(outcomes.length);
});

import { afterAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { labConfig } from "@/src/modules/labs/lab-config";
import { findSession } from "@/src/modules/labs/queries";
import { labRuntime } from "@/src/modules/labs/runtime";
import { startLabSession } from "@/src/modules/labs/start-lab-session";
import { createAttempt, findAttempt } from "./queries";
import { startAttempt } from "./start-attempt";
import { sweepAttempts } from "./sweep-attempts";

// Issue 16.1: the practical's lab dies with the attempt. An attempt abandoned with its lab running is graded by
// the sweep once its deadline passes, and its lab ends; an attempt that cannot be graded does not stop the sweep.
process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
process.env.LABS_DIR = "labs";
const runtime = () => labRuntime(labConfig().owner);

afterAll(async () => {
  for (const s of await db.labSession.findMany({ select: { id: true } })) await runtime().destroy(s.id);
});

const candidate = (name: string) =>
  db.user.create({ data: { name, email: `${name}-${crypto.randomUUID()}@example.com` }, select: { id: true } });

it("grades an abandoned attempt after its deadline and ends its practical lab; a broken attempt is skipped", async () => {
  const { id: userId } = await candidate("abandoner");
  const attempt = await startAttempt(userId, "open-exam");
  if (!attempt.ok) throw new Error(JSON.stringify(attempt));
  const started = await startLabSession(userId, "first-boot");
  if (!started.ok) throw new Error(started.error);
  await started.provisioning;
  expect((await findSession(started.sessionId))!.status).toBe("ready");
  // An attempt of an exam since removed from content: it cannot be graded, and must not block the one above.
  const orphan = await createAttempt({
    userId: (await candidate("orphan")).id,
    examSlug: "removed-exam",
    examVersion: "1",
    seed: "seed",
    paper: [],
    standardVersion: null,
    startedAt: new Date(Date.now() - 7_200_000),
    deadlineAt: new Date(Date.now() - 3_600_000),
  });

  // Before the deadline the sweep leaves the attempt and its lab alone.
  await sweepAttempts();
  expect((await findAttempt(attempt.attemptId))!.status).toBe("in_progress");
  expect((await findSession(started.sessionId))!.status).toBe("ready");

  await db.examAttempt.update({ where: { id: attempt.attemptId }, data: { deadlineAt: new Date(Date.now() - 1000) } });
  expect((await sweepAttempts()).settled).toBe(1);
  const graded = (await findAttempt(attempt.attemptId))!;
  expect(graded).toMatchObject({ status: "expired", passed: false });
  expect(graded.practical![0]).toMatchObject({ lab: "first-boot", sessionId: started.sessionId });
  expect((await findSession(started.sessionId))!.status).toBe("destroyed");
  expect(await runtime().listLabelled()).not.toContainEqual(expect.objectContaining({ sessionId: started.sessionId }));
  expect((await findAttempt(orphan.id))!.status).toBe("in_progress");
}, 240_000);

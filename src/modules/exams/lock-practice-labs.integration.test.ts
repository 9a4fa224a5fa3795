import { expect, it } from "vitest";
import { db } from "@/src/server/db";
import { PRACTICE_LOCKED, practiceLabLock } from "./lock-practice-labs";
import { startAttempt } from "./start-attempt";

// Issue 16.1: a candidate with an attempt open cannot start a practice lab beside it; the practical's own lab
// stays open, and the lock lifts once the attempt is submitted or its deadline has passed.
process.env.EXAMS_ROOT = "src/modules/exams/fixtures";

const candidate = () =>
  db.user.create({ data: { name: "Candidate", email: `lock-${crypto.randomUUID()}@example.com` }, select: { id: true } });

it("an open attempt shuts practice labs and leaves its practical's lab open", async () => {
  const { id } = await candidate();
  expect(await practiceLabLock(id, "terminal-basics")).toBeNull();
  const attempt = await startAttempt(id, "open-exam");
  if (!attempt.ok) throw new Error(JSON.stringify(attempt));
  expect(await practiceLabLock(id, "terminal-basics")).toBe(PRACTICE_LOCKED);
  expect(await practiceLabLock(id, "attack-surface")).toBe(PRACTICE_LOCKED);
  expect(await practiceLabLock(id, "first-boot")).toBeNull(); // open-exam's practical lab
  // Another candidate is not affected by this one's attempt.
  expect(await practiceLabLock((await candidate()).id, "terminal-basics")).toBeNull();
});

it("the lock lifts when the attempt is submitted or its deadline has passed", async () => {
  const { id } = await candidate();
  const attempt = await startAttempt(id, "open-exam");
  if (!attempt.ok) throw new Error(JSON.stringify(attempt));
  await db.examAttempt.update({ where: { id: attempt.attemptId }, data: { deadlineAt: new Date(Date.now() - 1000) } });
  expect(await practiceLabLock(id, "terminal-basics")).toBeNull(); // overdue: the sweeper finishes it
  await db.examAttempt.update({
    where: { id: attempt.attemptId },
    data: { deadlineAt: new Date(Date.now() + 3_600_000), status: "submitted", submittedAt: new Date() },
  });
  expect(await practiceLabLock(id, "terminal-basics")).toBeNull();
});

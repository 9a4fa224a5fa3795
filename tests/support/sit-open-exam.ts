// Integration-test helper: sits the open-exam fixture (EXAMS_ROOT=src/modules/exams/fixtures) through the
// exams module itself, with the practical in full: a first-boot session whose two steps passed during the attempt.
import { db } from "@/src/server/db";
import { finishAttempt } from "@/src/modules/exams/finish-attempt";
import { getExam } from "@/src/modules/exams/get-exam";
import type { IssueFn } from "@/src/modules/exams/issue-attempt-certificate";
import { findAttempt } from "@/src/modules/exams/queries";
import { recordAnswer } from "@/src/modules/exams/record-answer";
import { startAttempt } from "@/src/modules/exams/start-attempt";

/** `right(position)` decides which items are answered correctly (all by default); returns the attempt id. */
export async function sitOpenExam(userId: string, options: { right?: (position: number) => boolean; issue?: IssueFn } = {}) {
  const started = await startAttempt(userId, "open-exam");
  if (!started.ok) throw new Error(started.reasons.join(" "));
  const exam = (await getExam("open-exam"))!;
  for (const [position, entry] of (await findAttempt(started.attemptId))!.paper.entries()) {
    const key = exam.itemsById.get(entry.itemId)!.key;
    const answer = (options.right ?? (() => true))(position) ? key : [key[0] === 0 ? 1 : 0];
    await recordAnswer(userId, { attemptId: started.attemptId, position, answer: answer.map((i) => entry.order.indexOf(i)) });
  }
  const later = new Date(Date.now() + 1000);
  await db.labSession.create({
    data: {
      userId,
      labSlug: "first-boot",
      status: "ready",
      createdAt: later,
      expiresAt: new Date(Date.now() + 3_600_000),
      hardExpiresAt: new Date(Date.now() + 7_200_000),
      steps: { create: ["create-admin", "https-only"].map((stepId) => ({ stepId, passed: true, passedAt: later })) },
    },
  });
  await finishAttempt((await findAttempt(started.attemptId))!, "submitted", new Date(Date.now() + 5000), options.issue);
  return started.attemptId;
}

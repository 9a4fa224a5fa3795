// A lab session's step results: check runs, the per-step result, revealed hints.
import "server-only";
import { db } from "@/src/server/db";

export function listStepResults(sessionId: string) {
  return db.labStepResult.findMany({
    where: { sessionId },
    select: { stepId: true, passed: true, lastPassed: true, attempts: true, hintsUsed: true, lastFeedback: true, passedAt: true },
  });
}

/**
 * Records one check run and folds it into the step's result without reading it first, so checks of one
 * step running at once (two tabs, a double click) never lose a pass or its first time.
 */
export function recordCheck(sessionId: string, stepId: string, passed: boolean, feedback: string) {
  return db.$transaction(async (tx) => {
    const now = new Date();
    // Every run is kept: the graded transcript a certificate's evidence hashes (certificates/build-evidence.ts).
    await tx.labCheckRun.create({ data: { sessionId, stepId, passed, feedback, checkedAt: now } });
    const where = { sessionId_stepId: { sessionId, stepId } };
    const create = {
      sessionId,
      stepId,
      passed,
      lastPassed: passed,
      attempts: 1,
      firstAttemptAt: now,
      passedAt: passed ? now : null,
      lastFeedback: feedback,
    };
    const update = { attempts: { increment: 1 }, lastFeedback: feedback, lastPassed: passed, ...(passed ? { passed: true } : {}) };
    const select = { stepId: true, passed: true, attempts: true, hintsUsed: true, lastFeedback: true };
    const result = await tx.labStepResult.upsert({ where, create, update, select });
    if (passed) await tx.labStepResult.updateMany({ where: { sessionId, stepId, passedAt: null }, data: { passedAt: now } });
    return result;
  });
}

export function listHintReveals(sessionId: string) {
  return db.labHintReveal.findMany({ where: { sessionId }, select: { stepId: true, hintIndex: true }, orderBy: { hintIndex: "asc" } });
}

export function recordHintReveal(sessionId: string, stepId: string, hintIndex: number) {
  return db.$transaction(async (tx) => {
    await tx.labHintReveal.upsert({
      where: { sessionId_stepId_hintIndex: { sessionId, stepId, hintIndex } },
      create: { sessionId, stepId, hintIndex },
      update: {},
    });
    await tx.labStepResult.upsert({
      where: { sessionId_stepId: { sessionId, stepId } },
      create: { sessionId, stepId, hintsUsed: hintIndex + 1 },
      update: { hintsUsed: hintIndex + 1 },
    });
  });
}

import "server-only";
import { isPastDeadline } from "./attempt-deadline";
import { getExam } from "./get-exam";
import { gradeAttempt, type Answer } from "./grade-attempt";
import { gradePractical } from "./grade-practical";
import { loadPaperItems } from "./load-paper-items";
import { issueOrDefer, type IssueFn } from "./issue-attempt-certificate";
import { finalizeAttempt, findAttempt, listLabSessionFacts, listOverdueAttempts, listVoidedHashes, type AttemptRow } from "./queries";
import { regradeForVoids } from "./appeals/regrade-for-voids";
import { passMarkFor } from "./standard-setting/pass-mark-for";
import { endPracticalLabs } from "./end-practical-labs";

/**
 * Grades an open attempt with what was saved: on submit, or once the server clock is past the
 * deadline (status "expired"). Idempotent; a pass issues the certificate (or, if issuing fails, the
 * grade stands and the issuance sweep retries until it succeeds).
 */
export async function finishAttempt(
  attempt: AttemptRow,
  reason: "submitted" | "expired",
  now = new Date(),
  issue?: IssueFn,
): Promise<void> {
  if (attempt.status !== "in_progress") return;
  const loaded = await getExam(attempt.examSlug);
  if (!loaded) throw new Error(`Exam ${attempt.examSlug} is missing; cannot grade attempt ${attempt.id}.`);
  // An attempt graded after its deadline counts as ending at the deadline.
  const endedAt = isPastDeadline(attempt.deadlineAt, now) ? attempt.deadlineAt : now;
  const paper = attempt.paper;
  const answers = new Map<string, Answer>(attempt.responses.map((r) => [r.itemId, r.answer]));
  const labs = [...new Set(loaded.exam.practical.map((t) => t.lab))];
  const sessions = await listLabSessionFacts(attempt.userId, labs, attempt.startedAt);
  const practical = gradePractical(loaded.exam.practical, sessions, { startedAt: attempt.startedAt, endedAt });
  // Graded against the item versions the candidate saw, not the files as they are now.
  const voided = await listVoidedHashes(attempt.examSlug);
  const items = await loadPaperItems(paper, loaded.itemsById, voided);
  const practicalPoints = practical.reduce((s, p) => s + p.points, 0);
  const passMarkPercent = await passMarkFor(attempt, loaded.exam.passMark, items, practicalPoints);
  const grade = gradeAttempt(paper, items, answers, passMarkPercent, practical);
  const data = {
    status: reason,
    submittedAt: endedAt,
    scorePercent: grade.scorePercent,
    passed: grade.passed,
    topicScores: grade.topics,
    practical,
    passMarkPercent,
  };
  const finalized = await finalizeAttempt(
    attempt.id,
    data,
    grade.correctByItem,
    new Map(paper.flatMap((e) => (e.hash ? [[e.itemId, e.hash] as const] : []))),
  );
  if (!finalized) return;
  await endPracticalLabs(attempt.userId, sessions);
  if (grade.passed) await issueOrDefer(attempt.id, issue);
  // A void committed while this attempt was graded: its regrade scan may have run before this attempt was
  // finished, so regrade it now (either that scan saw it finished, or this check sees the void).
  if ((await listVoidedHashes(attempt.examSlug)).size > voided.size)
    await regradeForVoids(attempt.examSlug, undefined, [attempt.id], issue);
}

/** Loads an attempt, grading it first if its deadline has passed (lazy expiry: no timer process needed). */
export async function loadAttemptSettled(attemptId: string, now = new Date()): Promise<AttemptRow | null> {
  const attempt = await findAttempt(attemptId);
  if (!attempt) return null;
  if (attempt.status === "in_progress" && isPastDeadline(attempt.deadlineAt, now)) {
    await finishAttempt(attempt, "expired", now);
    return findAttempt(attemptId);
  }
  return attempt;
}

/**
 * Grades every abandoned attempt whose deadline has passed (the sweep, and before statistics are computed); returns
 * how many it graded. One that cannot be graded (its exam removed from content) is logged and does not stop the rest.
 */
export async function settleOverdueAttempts(now = new Date()): Promise<number> {
  let settled = 0;
  for (const { id } of await listOverdueAttempts(now)) {
    try {
      await loadAttemptSettled(id, now);
      settled++;
    } catch (error) {
      console.error(`[exams] grading overdue attempt ${id} failed:`, error instanceof Error ? error.message : error);
    }
  }
  return settled;
}

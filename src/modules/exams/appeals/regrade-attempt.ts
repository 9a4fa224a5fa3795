import type { PaperEntry } from "../draw-exam-items";
import { gradeAttempt, type Answer, type AttemptGrade } from "../grade-attempt";
import type { PracticalResult } from "../grade-practical";
import type { ExamItem } from "../schema";

export type Regrade = AttemptGrade & { passedBefore: boolean; newlyPassed: boolean };

/**
 * Regrades a finished attempt after item versions were voided (issue 16.2). `items` is the paper's
 * items without the voided ones, so a voided item leaves numerator and denominator like a withdrawn
 * one. The practical part is kept as graded (its lab sessions may be gone). Rule: a void never takes
 * a pass away: the score and topic scores are recomputed for everyone, but an attempt that had passed
 * stays passed (and keeps its certificate); one that now reaches the pass mark becomes a pass.
 */
export function regradeAttempt(
  attempt: { paper: readonly PaperEntry[]; answers: ReadonlyMap<string, Answer>; practical: readonly PracticalResult[]; passed: boolean },
  items: ReadonlyMap<string, ExamItem>,
  passMark: number,
): Regrade {
  const grade = gradeAttempt(attempt.paper, items, attempt.answers, passMark, attempt.practical);
  const passed = attempt.passed || grade.passed;
  return { ...grade, passed, passedBefore: attempt.passed, newlyPassed: passed && !attempt.passed };
}

import "server-only";
import type { PaperEntry } from "../draw-exam-items";
import type { ExamItem } from "../schema";
import { attemptPassMark } from "../compute-angoff-cut";
import { findStandard } from "./queries";

/**
 * The pass mark an attempt is graded against: under the standard recorded when it started, its paper's own
 * Angoff mark over the items that are scored (withdrawn and voided ones leave it); else exam.yaml's passMark.
 */
export async function passMarkFor(
  attempt: { examSlug: string; standardVersion: number | null; paper: readonly PaperEntry[] },
  nominal: number,
  scored: ReadonlyMap<string, ExamItem>,
  practicalPoints: number,
): Promise<number> {
  if (attempt.standardVersion === null) return nominal;
  const standard = await findStandard(attempt.examSlug, attempt.standardVersion);
  const hashes = attempt.paper.filter((e) => scored.has(e.itemId)).map((e) => e.hash ?? "");
  return (standard && attemptPassMark(standard.itemMeans, hashes, practicalPoints, nominal)) ?? nominal;
}

/** The standard version a new paper is graded under: the newest, if it rated every version on the paper. */
export async function standardForPaper(examSlug: string, paper: readonly PaperEntry[]): Promise<number | null> {
  const standard = await findStandard(examSlug);
  if (!standard || paper.some((e) => !e.hash || standard.itemMeans[e.hash] === undefined)) return null;
  return standard.version;
}

import "server-only";
import { getExam } from "./get-exam";
import { listOpenAttemptExams } from "./queries";

export const PRACTICE_LOCKED = "You have an exam attempt open: until you submit it, only the labs of its practical part can be started.";

/**
 * While an attempt is open, the only labs a candidate may start are its practical's: a practice lab would be a
 * rehearsal space beside the exam (try a fix there, then repeat it in the graded lab). The lab routes ask this
 * before starting or resetting; returns the refusal, or null.
 */
export async function practiceLabLock(userId: string, labSlug: string): Promise<string | null> {
  for (const slug of await listOpenAttemptExams(userId)) {
    const exam = await getExam(slug);
    if (!exam?.exam.practical.some((task) => task.lab === labSlug)) return PRACTICE_LOCKED;
  }
  return null;
}

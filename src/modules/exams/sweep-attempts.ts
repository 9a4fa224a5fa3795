import "server-only";
import { settleOverdueAttempts } from "./finish-attempt";
import { issuePendingCertificates } from "./issue-attempt-certificate";

/**
 * One sweep: attempts past their deadline are graded (so an abandoned attempt's practical lab ends within a
 * sweep of the deadline, not whenever someone next loads the attempt), then each pass whose issuance failed
 * gets its certificate. Grading is idempotent, so several app processes may sweep at once.
 */
export async function sweepAttempts(now = new Date()) {
  const settled = await settleOverdueAttempts(now);
  return { settled, ...(await issuePendingCertificates()) };
}

/** What server.ts starts: a sweep at start and then every `intervalSeconds`. */
export function startAttemptSweep(intervalSeconds = 60): () => void {
  const tick = () => void sweepAttempts().catch((e) => console.error("[exams] sweep", e));
  tick();
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

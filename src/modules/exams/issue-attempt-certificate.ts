import "server-only";
import { issueCertificate } from "@/src/modules/certificates/issue-certificate";
import { findUserById } from "@/src/modules/accounts/queries";
import { listCheckRuns } from "@/src/modules/labs/queries/report-progress";
import { getExam } from "./get-exam";
import { findAttempt, listPassedAttemptsWithoutCertificate } from "./queries";

/** The issuer, injectable so a test can make it fail once (the real one in production). */
export type IssueFn = typeof issueCertificate;

/**
 * Issues the certificate of a passed attempt if it has none yet. Idempotent: issueCertificate
 * returns the existing one and the attemptId is unique, so a retry or a racing process issues once.
 */
async function issueAttemptCertificate(attemptId: string, issue: IssueFn = issueCertificate): Promise<boolean> {
  const attempt = await findAttempt(attemptId);
  if (!attempt?.passed || !attempt.submittedAt || attempt.scorePercent === null) return false;
  const loaded = await getExam(attempt.examSlug);
  const holder = await findUserById(attempt.userId);
  if (!loaded || !holder) return false;
  const practical = attempt.practical ?? [];
  // The graded sessions' check runs become the credential's evidence (a hash of the transcript).
  const graded = practical.flatMap((p) => (p.sessionId ? [p.sessionId] : []));
  const runs = graded.length ? await listCheckRuns(graded, attempt.submittedAt) : [];
  const passed = {
    id: attempt.id,
    examVersion: attempt.examVersion,
    submittedAt: attempt.submittedAt,
    scorePercent: attempt.scorePercent,
    topicScores: attempt.topicScores ?? {},
    practical,
  };
  await issue(passed, loaded.exam, holder, runs);
  return true;
}

/** Issues, after grading, without letting a failing issuer undo or hide the grade: the sweep retries. */
export async function issueOrDefer(attemptId: string, issue: IssueFn = issueCertificate): Promise<void> {
  try {
    await issueAttemptCertificate(attemptId, issue);
  } catch (error) {
    console.error(
      `[certificates] issuing for attempt ${attemptId} failed; retried by the sweep:`,
      error instanceof Error ? error.message : error,
    );
  }
}

/** One sweep: every passed attempt still without a certificate gets one (errors are left for the next sweep). */
export async function issuePendingCertificates(issue: IssueFn = issueCertificate): Promise<{ issued: number; failed: number }> {
  let issued = 0;
  let failed = 0;
  for (const { id } of await listPassedAttemptsWithoutCertificate()) {
    try {
      if (await issueAttemptCertificate(id, issue)) issued++;
    } catch (error) {
      failed++;
      console.error(`[certificates] retry for attempt ${id} failed:`, error instanceof Error ? error.message : error);
    }
  }
  return { issued, failed };
}

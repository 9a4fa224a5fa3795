import "server-only";
import { randomUUID } from "node:crypto";
import type { Exam } from "@/src/modules/exams/schema";
import { buildOpenBadgeCredential, hashAttemptSummary, wholeSeconds } from "./build-credential";
import { buildEvidence, buildPracticalTranscript, sha384Sri, type CheckRun, type PracticalTask } from "./build-evidence";
import { publicBaseUrl } from "./issuer-identity";
import { loadIssuerKeys } from "./issuer-key";
import { signCredential } from "./sign-credential";
import { createCertificate, findCertificateByAttempt } from "./queries";

export type PassedAttempt = {
  id: string;
  examVersion: string;
  submittedAt: Date;
  scorePercent: number;
  topicScores: Record<string, { correct: number; total: number }>;
  practical: PracticalTask[]; // as graded
};

/** Issues the signed Open Badges credential for a passed attempt (once per attempt). `runs`: the graded sessions' check runs. */
export async function issueCertificate(
  attempt: PassedAttempt,
  exam: Exam,
  holder: { id: string; name: string; email: string },
  runs: CheckRun[] = [],
) {
  const existing = await findCertificateByAttempt(attempt.id);
  if (existing) return existing;
  const id = randomUUID();
  // Not the submission time: a credential must never be "not yet valid" when handed over. Whole seconds: nbf = validFrom.
  const issuedAt = wholeSeconds(new Date());
  const validUntil = new Date(issuedAt);
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + exam.validityYears);
  const summary = {
    attemptId: attempt.id,
    holderId: holder.id,
    examSlug: exam.slug,
    examVersion: attempt.examVersion,
    submittedAt: attempt.submittedAt.toISOString(),
    scorePercent: attempt.scorePercent,
    // As the JSON text they were first stored as, so the digest's input is what it always was.
    topicScores: JSON.stringify(attempt.topicScores),
    practical: JSON.stringify(attempt.practical),
  };
  const evidenceHash = hashAttemptSummary(summary);
  const tasks = attempt.practical;
  const transcript = buildPracticalTranscript({ certificateId: id, attemptId: attempt.id, tasks, runs, until: attempt.submittedAt });
  const keys = await loadIssuerKeys();
  const base = publicBaseUrl();
  const evidence = buildEvidence({
    certificateId: id,
    base,
    attempt: {
      narrative: `Exam version ${attempt.examVersion}, score ${attempt.scorePercent}%. The digest covers the full attempt summary held by the issuer.`,
      digestSRI: evidenceHash,
    },
    tasks,
    transcriptDigest: sha384Sri(transcript),
  });
  return createCertificate(
    {
      id,
      userId: holder.id,
      examSlug: exam.slug,
      achievementTitle: exam.title,
      holderName: holder.name,
      attemptId: attempt.id,
      issuedAt,
      validUntil,
      evidenceHash,
      evidenceTranscript: transcript,
    },
    (statusListIndex) =>
      signCredential(
        buildOpenBadgeCredential(
          {
            id,
            holderId: holder.id,
            holderName: holder.name,
            holderEmail: holder.email,
            examSlug: exam.slug,
            achievementTitle: exam.title,
            programme: exam.programme,
            criteria: `Pass the ${exam.timeLimitMinutes}-minute exam (items drawn from a published blueprint plus a practical lab task) with at least ${exam.passMark}%.`,
            issuedAt,
            validUntil,
            statusListIndex,
            evidence,
          },
          base,
        ),
        keys,
      ),
  );
}

import "server-only";
import { randomUUID } from "node:crypto";
import type { Exam } from "@/src/modules/exams/schema";
import { buildOpenBadgeCredential, hashAttemptSummary } from "./build-credential";
import { publicBaseUrl } from "./issuer-identity";
import { loadIssuerKey } from "./issuer-key";
import { signCredential } from "./sign-credential";
import { createCertificate, findCertificateByAttempt } from "./queries";

export type PassedAttempt = { id: string; examVersion: string; submittedAt: Date; scorePercent: number; topicScores: string; practical: string };

/** Issues the signed Open Badges credential for a passed attempt (once per attempt). */
export async function issueCertificate(attempt: PassedAttempt, exam: Exam, holder: { id: string; name: string; email: string }) {
  const existing = await findCertificateByAttempt(attempt.id);
  if (existing) return existing;
  const id = randomUUID();
  const issuedAt = new Date(); // not the submission time: a credential must never be "not yet valid" when handed over
  const validUntil = new Date(issuedAt);
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + exam.validityYears);
  const summary = { attemptId: attempt.id, holderId: holder.id, examSlug: exam.slug, examVersion: attempt.examVersion, submittedAt: attempt.submittedAt.toISOString(), scorePercent: attempt.scorePercent, topicScores: attempt.topicScores, practical: attempt.practical };
  const evidenceHash = hashAttemptSummary(summary);
  const key = await loadIssuerKey();
  const base = publicBaseUrl();
  return createCertificate(
    { id, userId: holder.id, examSlug: exam.slug, achievementTitle: exam.title, holderName: holder.name, attemptId: attempt.id, issuedAt, validUntil, evidenceHash },
    (statusListIndex) => {
      const credential = buildOpenBadgeCredential(
        {
          id, holderName: holder.name, holderEmail: holder.email, examSlug: exam.slug, achievementTitle: exam.title, programme: exam.programme,
          criteria: `Pass the ${exam.timeLimitMinutes}-minute exam (items drawn from a published blueprint plus a practical lab task) with at least ${exam.passMark}%.`,
          issuedAt, validUntil, statusListIndex,
          evidence: { attemptId: attempt.id, narrative: `Exam version ${attempt.examVersion}, score ${attempt.scorePercent}%. The digest covers the full attempt summary held by the issuer.`, digestSRI: evidenceHash },
        },
        base,
      );
      return signCredential(credential, key);
    },
  );
}

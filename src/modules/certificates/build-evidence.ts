import { createHash } from "node:crypto";
import type { EvidenceEntry } from "./build-credential";
import { verifyUrl } from "./issuer-identity";

/** One check run as the labs module recorded it (labs contract: what a check returned, and when). */
export type CheckRun = { sessionId: string; stepId: string; passed: boolean; feedback: string; checkedAt: Date };
/** The practical part as the exams module graded it. */
export type PracticalTask = { id: string; title: string; lab: string; stepsPassed: string[]; stepsTotal: number; sessionId: string | null };

const TRANSCRIPT_FORMAT = "cyberwall-academy/practical-transcript@1";

/** Subresource-Integrity style digest of exact bytes (what a verifier recomputes from the file). */
export const sha384Sri = (bytes: string | Uint8Array) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/**
 * The graded transcript: for each practical task, the lab session that was graded and every check run
 * in it up to the end of the attempt, with outputs and timestamps. Kept by the academy as these exact
 * bytes; the credential carries their SHA-384, so whoever holds the file can confirm it was the one graded.
 */
export function buildPracticalTranscript(input: {
  certificateId: string;
  attemptId: string;
  tasks: PracticalTask[];
  runs: CheckRun[];
  until: Date;
}) {
  const labs = input.tasks.map((t) => ({
    task: t.id,
    title: t.title,
    lab: t.lab,
    session: t.sessionId,
    stepsPassed: t.stepsPassed,
    stepsTotal: t.stepsTotal,
    checks: input.runs
      .filter((r) => r.sessionId === t.sessionId && r.checkedAt <= input.until)
      .sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime())
      .map((r) => ({ at: r.checkedAt.toISOString(), step: r.stepId, passed: r.passed, output: r.feedback })),
  }));
  return JSON.stringify({ format: TRANSCRIPT_FORMAT, certificate: input.certificateId, attempt: input.attemptId, labs }, null, 2) + "\n";
}

/** Evidence entries: the attempt summary, and the practical lab work with the transcript's digest. */
export function buildEvidence(input: {
  certificateId: string;
  base: string;
  attempt: { narrative: string; digestSRI: string };
  tasks: PracticalTask[];
  transcriptDigest: string;
}): EvidenceEntry[] {
  const page = verifyUrl(input.certificateId, input.base);
  const labs = input.tasks.map((t) =>
    t.sessionId
      ? `${t.title} in lab "${t.lab}": passed ${t.stepsPassed.length} of ${t.stepsTotal} steps${t.stepsPassed.length ? ` (${t.stepsPassed.join(", ")})` : ""}`
      : `${t.title} in lab "${t.lab}": not attempted`,
  );
  return [
    {
      id: `${page}#evidence`,
      type: ["Evidence"],
      name: "Exam attempt summary",
      narrative: input.attempt.narrative,
      digestSRI: input.attempt.digestSRI,
    },
    {
      id: `${page}#practical`,
      type: ["Evidence"],
      name: "Practical lab transcript",
      genre: "Lab check transcript",
      narrative: `${labs.join("; ") || "No practical task"}. The digest is the SHA-384 of the graded transcript (every check output with its timestamp) kept by the academy: the holder can download it and anyone can recompute the digest.`,
      digestSRI: input.transcriptDigest,
    },
  ];
}

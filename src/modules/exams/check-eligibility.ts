import type { Exam } from "./schema";

export const RENEWAL_WINDOW_DAYS = 90;

export type EligibilityFacts = {
  completedCourses: ReadonlySet<string>;
  attendedClassroom: boolean;
  attempts: readonly { id: string; status: string; passed: boolean | null; startedAt: Date; submittedAt: Date | null }[];
  /** The candidate's newest unrevoked certificate for this exam, if any. */
  certificate?: { validUntil: Date } | null;
};

export type Eligibility =
  | { kind: "resume"; attemptId: string }
  | { kind: "eligible"; renewal: boolean; attemptsLeft: number }
  | { kind: "blocked"; reasons: string[]; retryAt?: Date };

/**
 * Whether the candidate may start an attempt now. Attempts are counted since the last pass, so
 * a certified professional renewing within 90 days of expiry gets a fresh allowance.
 */
export function checkEligibility(
  exam: Pick<Exam, "prerequisites" | "attemptsAllowed" | "cooldownHours">,
  facts: EligibilityFacts,
  now = new Date(),
): Eligibility {
  const open = facts.attempts.find((a) => a.status === "in_progress");
  if (open) return { kind: "resume", attemptId: open.id };

  const reasons: string[] = [];
  for (const course of exam.prerequisites.courses) {
    if (!facts.completedCourses.has(course)) reasons.push(`Complete the course "${course}" first.`);
  }
  if (exam.prerequisites.classroomAttendance && !facts.attendedClassroom)
    reasons.push("Attend every day of a classroom session of the course first.");

  const cert = facts.certificate;
  const renewalFrom = cert ? new Date(cert.validUntil.getTime() - RENEWAL_WINDOW_DAYS * 86_400_000) : null;
  const renewal = Boolean(cert && renewalFrom && now >= renewalFrom);
  if (cert && renewalFrom && now < renewalFrom) {
    reasons.push(`You hold a valid certificate. Renewal opens on ${renewalFrom.toISOString().slice(0, 10)}.`);
    return { kind: "blocked", reasons, retryAt: renewalFrom };
  }

  const finished = [...facts.attempts].filter((a) => a.submittedAt).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const lastPass = finished.findLastIndex((a) => a.passed);
  const sincePass = finished.slice(lastPass + 1);
  const attemptsLeft = exam.attemptsAllowed - sincePass.length;
  if (attemptsLeft <= 0) reasons.push(`You have used all ${exam.attemptsAllowed} attempts. Contact an administrator.`);

  let retryAt: Date | undefined;
  const last = sincePass.at(-1);
  if (last?.submittedAt && attemptsLeft > 0) {
    const until = new Date(last.submittedAt.getTime() + exam.cooldownHours * 3_600_000);
    if (now < until) {
      retryAt = until;
      reasons.push(`You can retake the exam after ${until.toISOString().slice(0, 16).replace("T", " ")} UTC.`);
    }
  }
  return reasons.length ? { kind: "blocked", reasons, retryAt } : { kind: "eligible", renewal, attemptsLeft };
}

// Tier evaluation over plain data (what the staff hold on a given date), so "now" and "in 90 days"
// are the same function with a different date, and all of it is unit-testable.
import type { TierRequirements } from "./schema";

export type StaffCertificate = { examSlug: string; issuedAt: Date; validUntil: Date; revokedAt: Date | null };
export type StaffRecord = {
  userId: string;
  name: string;
  certificates: StaffCertificate[];
  coursesCompleted: string[]; // course slugs
  labsCompleted: string[]; // lab slugs with every step passed
};

type RequirementCheck = { key: string; label: string; required: number; actual: number; met: boolean };
export type TierEvaluation = { at: Date; meets: boolean; checks: RequirementCheck[] };

const YEAR_MS = 365.25 * 86_400_000;

/** A certificate in force on `at`: issued, not expired, not revoked by then. */
export function isInForce(cert: StaffCertificate, at: Date): boolean {
  return cert.issuedAt <= at && cert.validUntil > at && !(cert.revokedAt && cert.revokedAt <= at);
}

/** Counts toward the tier: in force on `at`, for a listed exam, and recent enough. */
export function countsForTier(cert: StaffCertificate, req: Pick<TierRequirements, "exams" | "certifiedWithinYears">, at: Date): boolean {
  return (
    req.exams.includes(cert.examSlug) && isInForce(cert, at) && at.getTime() - cert.issuedAt.getTime() <= req.certifiedWithinYears * YEAR_MS
  );
}

/** `titles` maps course and lab slugs to display names for the labels. */
export function evaluateTier(
  req: TierRequirements,
  staff: readonly StaffRecord[],
  at: Date,
  titles: Record<string, string> = {},
): TierEvaluation {
  const certified = staff.filter((s) => s.certificates.some((c) => countsForTier(c, req, at))).length;
  const checks: RequirementCheck[] = [
    {
      key: "certified",
      label: `Certified professionals (certified within ${req.certifiedWithinYears} years)`,
      required: req.certifiedProfessionals,
      actual: certified,
      met: certified >= req.certifiedProfessionals,
    },
  ];
  if (req.courseCompletions) {
    const { course, count } = req.courseCompletions;
    const actual = staff.filter((s) => s.coursesCompleted.includes(course)).length;
    checks.push({
      key: "courses",
      label: `Staff who completed the course ${titles[course] ?? course}`,
      required: count,
      actual,
      met: actual >= count,
    });
  }
  if (req.labCompletions) {
    const { lab, count } = req.labCompletions;
    const actual = staff.filter((s) => s.labsCompleted.includes(lab)).length;
    checks.push({ key: "labs", label: `Staff who completed the lab ${titles[lab] ?? lab}`, required: count, actual, met: actual >= count });
  }
  return { at, meets: checks.every((c) => c.met), checks };
}

export type ExpiringCertificate = { userId: string; name: string; examSlug: string; validUntil: Date; daysLeft: number };

/** Certificates in force now that lapse within `days` (soonest first). */
export function expiringWithin(staff: readonly StaffRecord[], now: Date, days: number): ExpiringCertificate[] {
  const horizon = now.getTime() + days * 86_400_000;
  const rows: ExpiringCertificate[] = [];
  for (const s of staff) {
    for (const c of s.certificates) {
      if (isInForce(c, now) && c.validUntil.getTime() <= horizon) {
        rows.push({
          userId: s.userId,
          name: s.name,
          examSlug: c.examSlug,
          validUntil: c.validUntil,
          daysLeft: Math.ceil((c.validUntil.getTime() - now.getTime()) / 86_400_000),
        });
      }
    }
  }
  return rows.sort((a, b) => a.validUntil.getTime() - b.validUntil.getTime());
}

/** Staff holding a certificate in force, on the first day of each month from `months` ago to now. */
export function certifiedOverTime(staff: readonly StaffRecord[], now: Date, months: number): { at: Date; count: number }[] {
  const points: { at: Date; count: number }[] = [];
  for (let i = months; i >= 0; i--) {
    const at = i === 0 ? now : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    points.push({ at, count: staff.filter((s) => s.certificates.some((c) => isInForce(c, at))).length });
  }
  return points;
}

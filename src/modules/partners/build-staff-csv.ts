// The partner manager's staff export: one row per staff member.
import type { PartnerOverview } from "./load-partner-overview";
import { toCsv } from "./to-csv";

const STAFF_CSV_HEADER = [
  "Name",
  "Email",
  "Role",
  "Lessons completed",
  "Lessons total",
  "Courses completed",
  "Labs completed",
  "Labs started",
  "Certificate",
  "Issued",
  "Valid until",
  "Certificate status",
  "Expires within window",
] as const;

export function buildStaffCsv(overview: Pick<PartnerOverview, "staff" | "expiring">, now = new Date()): string {
  const expiring = new Set(overview.expiring.map((e) => e.userId));
  const rows = overview.staff.map((s) => {
    const cert = s.currentCertificate ?? s.certificates[0] ?? null;
    const status = !cert ? "none" : cert.revokedAt ? "revoked" : cert.validUntil <= now ? "expired" : "valid";
    return [
      s.name,
      s.email,
      s.role,
      s.courses.reduce((n, c) => n + c.lessonsCompleted, 0),
      s.courses.reduce((n, c) => n + c.lessonsTotal, 0),
      s.courses.filter((c) => c.completed).length,
      s.labsCompleted.length,
      s.labs.length,
      cert?.achievementTitle,
      cert?.issuedAt,
      cert?.validUntil,
      status,
      expiring.has(s.id),
    ];
  });
  return toCsv(STAFF_CSV_HEADER, rows);
}

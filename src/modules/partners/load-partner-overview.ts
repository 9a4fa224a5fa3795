import "server-only";
// Composes the partner dashboard from each domain's contract functions. The organisation id comes
// from the caller (the signed-in manager's own organizationId), and every staff id is taken from
// that organisation's member list, so nothing here can reach another organisation's people.
import { getCourseProgressForUsers } from "@/src/modules/courses/queries";
import { listCertificatesForUsers } from "@/src/modules/certificates/queries";
import { getLabProgressForUsers } from "@/src/modules/labs/queries/report-progress";
import { listCourses } from "@/src/modules/courses/course-catalogue";
import { listLabs } from "@/src/modules/labs/catalog";
import { certifiedOverTime, evaluateTier, expiringWithin, isInForce, type StaffRecord } from "./evaluate-tier";
import { loadPartnerConfig } from "./load-partner-config";
import { findOrganization, listStaff } from "./queries";

export type PartnerOverview = NonNullable<Awaited<ReturnType<typeof loadPartnerOverview>>>;

export async function loadPartnerOverview(orgId: string, now = new Date()) {
  const org = await findOrganization(orgId);
  if (!org) return null;
  const { tiers } = loadPartnerConfig();
  const members = await listStaff(orgId);
  const ids = members.map((m) => m.id);
  const [certificates, courses, labs, courseList, labList] = await Promise.all([
    listCertificatesForUsers(ids),
    getCourseProgressForUsers(ids),
    getLabProgressForUsers(ids),
    listCourses(),
    listLabs(),
  ]);
  const titles = Object.fromEntries([...courseList, ...labList].map((x) => [x.slug, x.title]));

  const staff = members.map((m) => {
    const certs = certificates.filter((c) => c.userId === m.id);
    const courseRows = courses.filter((c) => c.userId === m.id);
    const labRows = labs.filter((l) => l.userId === m.id);
    const labsCompleted = labRows.filter((l) => l.stepsTotal > 0 && l.stepsPassed >= l.stepsTotal).map((l) => l.labSlug);
    const current = certs.filter((c) => isInForce(c, now)).sort((a, b) => b.validUntil.getTime() - a.validUntil.getTime())[0] ?? null;
    return { ...m, certificates: certs, currentCertificate: current, courses: courseRows, labs: labRows, labsCompleted };
  });
  const records: StaffRecord[] = staff.map((s) => ({
    userId: s.id,
    name: s.name,
    certificates: s.certificates,
    coursesCompleted: s.courses.filter((c) => c.completed).map((c) => c.courseSlug),
    labsCompleted: s.labsCompleted,
  }));

  const tier = tiers.tiers.find((t) => t.id === org.tier) ?? tiers.tiers[0];
  const horizonDays = tiers.expiringWithinDays;
  const later = new Date(now.getTime() + horizonDays * 86_400_000);
  return {
    org,
    tier,
    tiers: tiers.tiers,
    horizonDays,
    staff,
    records,
    now: evaluateTier(tier.requirements, records, now, titles),
    later: evaluateTier(tier.requirements, records, later, titles),
    expiring: expiringWithin(records, now, horizonDays),
    series: certifiedOverTime(records, now, 24),
  };
}

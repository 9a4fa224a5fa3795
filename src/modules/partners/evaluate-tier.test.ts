import { describe, expect, it } from "vitest";
import { certifiedOverTime, countsForTier, evaluateTier, expiringWithin, type StaffRecord } from "./evaluate-tier";

const EXAM = "certified-professional-camera-cybersecurity";
const now = new Date("2026-06-01T00:00:00Z");
const daysFromNow = (d: number) => new Date(now.getTime() + d * 86_400_000);
const cert = (issuedDays: number, validDays: number, revokedDays: number | null = null, examSlug = EXAM) => ({
  examSlug,
  issuedAt: daysFromNow(issuedDays),
  validUntil: daysFromNow(validDays),
  revokedAt: revokedDays === null ? null : daysFromNow(revokedDays),
});
const person = (userId: string, certificates: StaffRecord["certificates"], courses: string[] = [], labs: string[] = []): StaffRecord => ({
  userId,
  name: userId,
  certificates,
  coursesCompleted: courses,
  labsCompleted: labs,
});

const silver = { certifiedProfessionals: 2, exams: [EXAM], certifiedWithinYears: 3, courseCompletions: { course: "c", count: 1 } };

describe("countsForTier", () => {
  const req = { exams: [EXAM], certifiedWithinYears: 2 };
  it("counts a valid, unrevoked, recent certificate for a listed exam", () => {
    expect(countsForTier(cert(-10, 900), req, now)).toBe(true);
  });
  it("does not count expired, revoked, future, too-old or other-exam certificates", () => {
    expect(countsForTier(cert(-1000, -1), req, now)).toBe(false);
    expect(countsForTier(cert(-10, 900, -1), req, now)).toBe(false);
    expect(countsForTier(cert(5, 900), req, now)).toBe(false);
    expect(countsForTier(cert(-800, 400), req, now)).toBe(false); // issued > 2 years ago
    expect(countsForTier(cert(-10, 900, null, "other-exam"), req, now)).toBe(false);
  });
  it("keeps counting a certificate revoked only later", () => {
    expect(countsForTier(cert(-10, 900, 30), req, now)).toBe(true);
  });
});

describe("evaluateTier", () => {
  it("meets the tier when every requirement is met", () => {
    const staff = [person("a", [cert(-100, 900)], ["c"]), person("b", [cert(-50, 1000)])];
    const result = evaluateTier(silver, staff, now);
    expect(result.meets).toBe(true);
    expect(result.checks.map((c) => [c.key, c.actual, c.required, c.met])).toEqual([
      ["certified", 2, 2, true],
      ["courses", 1, 1, true],
    ]);
  });
  it("fails in 90 days when a needed certificate expires before then", () => {
    const staff = [person("a", [cert(-100, 900)], ["c"]), person("b", [cert(-1000, 60)])];
    expect(evaluateTier(silver, staff, now).meets).toBe(true);
    const later = evaluateTier(silver, staff, daysFromNow(90));
    expect(later.meets).toBe(false);
    expect(later.checks[0]).toMatchObject({ actual: 1, met: false });
  });
  it("counts a person with two certificates once and checks labs", () => {
    const req = { ...silver, courseCompletions: undefined, certifiedProfessionals: 1, labCompletions: { lab: "first-boot", count: 2 } };
    const staff = [person("a", [cert(-10, 900), cert(-5, 950)], [], ["first-boot"]), person("b", [])];
    const result = evaluateTier(req, staff, now);
    expect(result.checks.map((c) => [c.key, c.actual, c.met])).toEqual([
      ["certified", 1, true],
      ["labs", 1, false],
    ]);
    expect(evaluateTier(req, staff, now, { "first-boot": "First boot" }).checks[1].label).toBe("Staff who completed the lab First boot");
    expect(result.meets).toBe(false);
  });
});

describe("expiringWithin and certifiedOverTime", () => {
  const staff = [
    person("a", [cert(-1000, 30)]),
    person("b", [cert(-10, 1000)]),
    person("c", [cert(-1000, 80, -2)]),
    person("d", [cert(-400, 89)]),
  ];
  it("lists certificates in force that expire within the window, soonest first", () => {
    expect(expiringWithin(staff, now, 90).map((e) => [e.userId, e.daysLeft])).toEqual([
      ["a", 30],
      ["d", 89],
    ]);
  });
  it("counts staff with a certificate in force on each month's first day, ending today", () => {
    const series = certifiedOverTime([person("a", [cert(-40, 900)]), person("b", [cert(-100, 900, -3)])], now, 3);
    expect(series.map((p) => p.at.toISOString().slice(0, 10))).toEqual(["2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"]);
    expect(series.map((p) => p.count)).toEqual([1, 1, 2, 1]);
  });
});

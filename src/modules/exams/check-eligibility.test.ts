import { describe, expect, it } from "vitest";
import { checkEligibility, type EligibilityFacts } from "./check-eligibility";
import { computeItemStatistics } from "./item-statistics";

const exam = { prerequisites: { courses: ["course-a"], classroomAttendance: true }, attemptsAllowed: 2, cooldownHours: 24 };
const now = new Date("2026-06-01T12:00:00Z");
const facts = (over: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  completedCourses: new Set(["course-a"]),
  attendedClassroom: true,
  attempts: [],
  ...over,
});
const attempt = (id: string, submitted: string, passed: boolean) => ({
  id,
  status: "submitted",
  passed,
  startedAt: new Date(new Date(submitted).getTime() - 3_600_000),
  submittedAt: new Date(submitted),
});

describe("checkEligibility", () => {
  it("enforces course and classroom prerequisites", () => {
    const r = checkEligibility(exam, facts({ completedCourses: new Set(), attendedClassroom: false }), now);
    expect(r.kind).toBe("blocked");
    expect(r.kind === "blocked" && r.reasons).toHaveLength(2);
    expect(checkEligibility(exam, facts(), now)).toEqual({ kind: "eligible", renewal: false, attemptsLeft: 2 });
  });

  it("resumes an open attempt instead of starting one", () => {
    expect(
      checkEligibility(
        exam,
        facts({ attempts: [{ id: "a1", status: "in_progress", passed: null, startedAt: now, submittedAt: null }] }),
        now,
      ),
    ).toEqual({ kind: "resume", attemptId: "a1" });
  });

  it("applies the cooldown after a failure and the attempt limit", () => {
    const one = checkEligibility(exam, facts({ attempts: [attempt("a1", "2026-06-01T00:00:00Z", false)] }), now);
    expect(one).toMatchObject({ kind: "blocked", retryAt: new Date("2026-06-02T00:00:00Z") });
    expect(checkEligibility(exam, facts({ attempts: [attempt("a1", "2026-05-01T00:00:00Z", false)] }), now)).toMatchObject({
      kind: "eligible",
      attemptsLeft: 1,
    });
    const two = checkEligibility(
      exam,
      facts({ attempts: [attempt("a1", "2026-05-01T00:00:00Z", false), attempt("a2", "2026-05-03T00:00:00Z", false)] }),
      now,
    );
    expect(two.kind === "blocked" && two.reasons[0]).toMatch(/used all 2 attempts/u);
  });

  it("blocks a certified candidate until the 90-day renewal window, then allows a renewal", () => {
    const base = { attempts: [attempt("a1", "2023-06-01T00:00:00Z", true)] };
    expect(checkEligibility(exam, facts({ ...base, certificate: { validUntil: new Date("2026-12-01T00:00:00Z") } }), now)).toMatchObject({
      kind: "blocked",
    });
    expect(checkEligibility(exam, facts({ ...base, certificate: { validUntil: new Date("2026-07-01T00:00:00Z") } }), now)).toEqual({
      kind: "eligible",
      renewal: true,
      attemptsLeft: 2,
    });
  });
});

describe("computeItemStatistics", () => {
  it("computes facility and point-biserial discrimination", () => {
    const facts = [
      { attemptId: "1", itemId: "q", correct: true, attemptScore: 90 },
      { attemptId: "2", itemId: "q", correct: true, attemptScore: 80 },
      { attemptId: "3", itemId: "q", correct: false, attemptScore: 40 },
      { attemptId: "4", itemId: "q", correct: false, attemptScore: 30 },
      { attemptId: "1", itemId: "easy", correct: true, attemptScore: 90 },
      { attemptId: "2", itemId: "easy", correct: true, attemptScore: 80 },
    ];
    const [easy, q] = computeItemStatistics(facts);
    expect(easy).toEqual({ itemId: "easy", responses: 2, facility: 1, discrimination: null });
    expect(q.facility).toBe(0.5);
    expect(q.discrimination).toBeGreaterThan(0.9);
    const inverted = computeItemStatistics(facts.map((f) => ({ ...f, correct: !f.correct })));
    expect(inverted[1].discrimination).toBeLessThan(-0.9);
  });
});

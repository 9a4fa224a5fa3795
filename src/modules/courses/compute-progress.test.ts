import { describe, expect, it } from "vitest";
import { computeProgress } from "./compute-progress";
import { gradeCheck } from "./grade-check";

const course = { courseSlug: "c", lessons: ["a", "b"], checks: ["kc-1", "kc-2"] };
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe("course progress", () => {
  it("counts completed lessons and first correct answers, ignoring stale rows", () => {
    const p = computeProgress(
      course,
      [
        { lessonSlug: "a", completedAt: day(1) },
        { lessonSlug: "gone", completedAt: day(1) },
        { lessonSlug: "b", completedAt: null },
      ],
      [{ checkId: "kc-1", createdAt: day(2) }],
    );
    expect(p).toEqual({ courseSlug: "c", lessonsCompleted: 1, lessonsTotal: 2, checksCorrect: 1, checksTotal: 2, completed: false });
  });

  it("is complete only with every lesson and every check, at the time of the last one", () => {
    const lessons = [
      { lessonSlug: "a", completedAt: day(1) },
      { lessonSlug: "b", completedAt: day(3) },
    ];
    expect(computeProgress(course, lessons, [{ checkId: "kc-1", createdAt: day(2) }]).completed).toBe(false);
    const done = computeProgress(course, lessons, [
      { checkId: "kc-1", createdAt: day(5) },
      { checkId: "kc-1", createdAt: day(2) },
      { checkId: "kc-2", createdAt: day(2) },
    ]);
    expect(done).toMatchObject({ completed: true, completedAt: day(3) });
  });
});

describe("gradeCheck", () => {
  const single = { answer: [1], multiple: false, options: ["a", "b", "c"] };
  const multiple = { answer: [0, 2], multiple: true, options: ["a", "b", "c"] };
  it("grades single choice", () => {
    expect(gradeCheck(single, [1])).toBe(true);
    expect(gradeCheck(single, [0])).toBe(false);
    expect(gradeCheck(single, [1, 2])).toBe(false);
  });
  it("grades multiple choice as an exact set", () => {
    expect(gradeCheck(multiple, [2, 0])).toBe(true);
    expect(gradeCheck(multiple, [0, 2, 2])).toBe(true);
    expect(gradeCheck(multiple, [0])).toBe(false);
    expect(gradeCheck(multiple, [0, 1, 2])).toBe(false);
  });
});

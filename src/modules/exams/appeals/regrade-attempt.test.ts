import { describe, expect, it } from "vitest";
import type { ExamItem } from "../schema";
import type { PaperEntry } from "../draw-exam-items";
import { regradeAttempt } from "./regrade-attempt";
import type { PracticalResult } from "../grade-practical";

const item = (id: string): ExamItem => ({
  id,
  topic: "t",
  type: "single",
  difficulty: "easy",
  version: 1,
  stem: id,
  options: ["A", "B"],
  key: [0],
  explanation: "A.",
});
const ids = ["i1", "i2", "i3", "i4", "i5"];
const paper: PaperEntry[] = ids.map((itemId) => ({ itemId, version: 1, topic: "t", order: [0, 1] }));
const all = new Map(ids.map((id) => [id, item(id)]));
const without = (id: string) => new Map([...all].filter(([k]) => k !== id));

describe("regradeAttempt", () => {
  it("a voided wrong item leaves numerator and denominator: 3 of 5 (60%) becomes 3 of 4 (75%), a new pass", () => {
    const answers = new Map([
      ["i1", [0]],
      ["i2", [0]],
      ["i3", [0]],
      ["i4", [1]],
      ["i5", [1]],
    ]);
    const before = regradeAttempt({ paper, answers, practical: [], passed: false }, all, 70);
    expect(before).toMatchObject({ scorePercent: 60, passed: false, newlyPassed: false });
    const after = regradeAttempt({ paper, answers, practical: [], passed: false }, without("i5"), 70);
    expect(after).toMatchObject({ scorePercent: 75, itemsTotal: 4, passed: true, newlyPassed: true });
    expect(after.topics).toEqual({ t: { correct: 3, total: 4 } });
    expect(after.correctByItem).not.toHaveProperty("i5");
  });

  it("never takes a pass away: voiding a correct item lowers the score but the pass stands", () => {
    const answers = new Map([
      ["i1", [0]],
      ["i2", [0]],
      ["i3", [0]],
      ["i4", [0]],
      ["i5", [1]],
    ]);
    const after = regradeAttempt({ paper, answers, practical: [], passed: true }, without("i1"), 80);
    expect(after).toMatchObject({ scorePercent: 75, passed: true, passedBefore: true, newlyPassed: false });
  });

  it("keeps the practical part as graded", () => {
    const answers = new Map([["i1", [0]]]);
    const practical: PracticalResult[] = [
      { id: "p", title: "P", lab: "l", sessionId: null, stepsPassed: [], stepsTotal: 1, points: 5, earned: 5 },
    ];
    const after = regradeAttempt({ paper, answers, practical, passed: false }, without("i2"), 70);
    expect(after).toMatchObject({ practicalPoints: 5, practicalTotal: 5, itemsTotal: 4 });
    expect(after.scorePercent).toBe(66.7); // (1 + 5) / (4 + 5)
  });
});

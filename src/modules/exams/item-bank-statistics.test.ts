import { describe, expect, it } from "vitest";
import { computeFormReliability } from "./compute-form-reliability";
import { analyseDistractors, noteDistractor, type ChoiceFact } from "./analyse-distractors";
import type { ResponseFact } from "./item-statistics";
import type { ExamItem } from "./schema";

/** A score matrix (rows = attempts, columns = items i1..ik) as response facts. */
const matrix = (rows: number[][]): ResponseFact[] =>
  rows.flatMap((row, a) => row.map((x, i) => ({ attemptId: `a${a}`, itemId: `i${i + 1}`, correct: x === 1, attemptScore: 0 })));

describe("KR-20 (hand-computed)", () => {
  it("a Guttman pattern: p = .8 .6 .4 .2, Σpq = 0.8, totals 4..0 with σ² = 2, so KR-20 = 4/3 · (1 - 0.8/2) = 0.8", () => {
    const r = computeFormReliability(
      matrix([
        [1, 1, 1, 1],
        [1, 1, 1, 0],
        [1, 1, 0, 0],
        [1, 0, 0, 0],
        [0, 0, 0, 0],
      ]),
    );
    expect(r).toEqual({ kr20: 0.8, attempts: 5, itemsPerForm: 4 });
  });

  it("items that disagree: p = .75 each, Σpq = 0.5625, totals 2 2 2 3 with σ² = 0.1875, so KR-20 = 1.5 · (1 - 3) = -3", () => {
    expect(
      computeFormReliability(
        matrix([
          [1, 1, 0],
          [1, 0, 1],
          [0, 1, 1],
          [1, 1, 1],
        ]),
      ).kr20,
    ).toBe(-3);
  });

  it("is undefined with one attempt, one item, or no score variance", () => {
    expect(computeFormReliability(matrix([[1, 0, 1]])).kr20).toBeNull();
    expect(computeFormReliability(matrix([[1], [0], [1]])).kr20).toBeNull();
    expect(
      computeFormReliability(
        matrix([
          [1, 0],
          [0, 1],
          [1, 0],
        ]),
      ).kr20,
    ).toBeNull();
  });

  it("with forms drawn from a bank, uses each attempt's own items (a fixed-form matrix gives the same as above)", () => {
    // The Guttman matrix with attempt a4's items renamed to items nobody else had: still 4 items per form.
    const facts = matrix([
      [1, 1, 1, 1],
      [1, 1, 1, 0],
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 0],
    ]).map((f) => (f.attemptId === "a4" ? { ...f, itemId: `x-${f.itemId}` } : f));
    // p(i1..i4) over a0..a3 = 1 .75 .5 .25 (Σpq = 0 + .1875 + .25 + .1875 = .625); a4's items p = 0 (Σpq = 0).
    // Mean Σpq = (4 · .625 + 0) / 5 = 0.5; σ² = 2; KR-20 = 4/3 · (1 - 0.5/2) = 1.
    expect(computeFormReliability(facts).kr20).toBe(1);
  });
});

describe("distractor analysis (hand-computed)", () => {
  const item: ExamItem = {
    id: "q",
    topic: "t",
    type: "single",
    difficulty: "easy",
    version: 1,
    stem: "?",
    options: ["A", "B", "C", "D"],
    key: [2],
    explanation: "C.",
  };
  const fact = (attemptScore: number, choice: number, itemHash = "h1"): ChoiceFact => ({
    attemptId: `s${attemptScore}`,
    itemId: "q",
    itemHash,
    answer: [choice],
    attemptScore,
  });
  // Scores 90 and 80 chose the key C, 40 chose A, 30 chose B, nobody D (σ of scores = √650).
  const facts = [fact(90, 2), fact(80, 2), fact(40, 0), fact(30, 1), fact(10, 3, "old-version")];

  it("counts choices and correlates each option with the score (point-biserial)", () => {
    const stats = analyseDistractors(item, "h1", facts);
    expect(stats.map((s) => s.chosen)).toEqual([1, 1, 2, 0]);
    expect(stats.map((s) => s.share)).toEqual([0.25, 0.25, 0.5, 0]);
    // C: cov 12.5 / (0.5 · 25.495) = 0.981; A: -5 / (0.433 · 25.495) = -0.453; B: -7.5 / 11.040 = -0.679.
    expect(stats.map((s) => s.discrimination)).toEqual([-0.453, -0.679, 0.981, null]);
    expect(stats.map(noteDistractor)).toEqual(["", "", "", "never chosen"]);
  });

  it("flags a distractor chosen by the stronger candidates, and has nothing to say about ordering items", () => {
    const flawed = [fact(90, 0), fact(80, 2), fact(40, 2), fact(30, 1)];
    expect(noteDistractor(analyseDistractors(item, "h1", flawed)[0])).toBe("attracts stronger candidates");
    expect(analyseDistractors({ ...item, type: "ordering", key: [0, 1, 2, 3] }, "h1", facts)).toEqual([]);
  });
});

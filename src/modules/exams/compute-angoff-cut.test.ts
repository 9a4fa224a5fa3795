import { describe, expect, it } from "vitest";
import { attemptPassMark, computeAngoffCut, type AngoffRating } from "./compute-angoff-cut";

const bank = ["i1", "i2", "i3", "i4"].map((itemId) => ({ itemId, itemHash: `h-${itemId}` }));
/** rows = raters r1..rn, columns = items i1..i4 */
const ratings = (rows: number[][]): AngoffRating[] =>
  rows.flatMap((row, r) => row.map((rating, i) => ({ raterId: `r${r + 1}`, itemId: `i${i + 1}`, itemHash: `h-i${i + 1}`, rating })));

// Hand-computed panel:
//        i1   i2   i3   i4   rater cut
//   r1  .60  .70  .50  .80   2.6/4 = .650
//   r2  .70  .70  .60  .90   2.9/4 = .725
//   r3  .50  .70  .40  .40   2.0/4 = .500
// item means .6 .7 .5 .7 -> panel cut 2.5/4 = .625 (= mean of the rater cuts, 1.875/3)
// item sample SDs: i1 sqrt(.02/2) = .1; i2 0; i3 .1; i4 deviations .1 .2 -.3, sqrt(.14/2) = .265 -> only i4 > .15
// rater cuts deviate .025 .1 -.125, squares sum .02625, sample SD sqrt(.013125) = .11456, SE = .11456/sqrt(3) = .066
const panel = ratings([
  [0.6, 0.7, 0.5, 0.8],
  [0.7, 0.7, 0.6, 0.9],
  [0.5, 0.7, 0.4, 0.4],
]);

describe("modified Angoff cut (hand-computed)", () => {
  it("gives item means, the panel cut, rater cuts, the standard error and flags the spread item", () => {
    const out = computeAngoffCut(bank, panel);
    if (!out.ok) throw new Error(out.error);
    expect(out.cut.raters).toBe(3);
    expect(out.cut.items.map((i) => i.mean)).toEqual([0.6, 0.7, 0.5, 0.7]);
    expect(out.cut.items.map((i) => i.sd)).toEqual([0.1, 0, 0.1, 0.265]);
    expect(out.cut.items.filter((i) => i.flagged).map((i) => i.itemId)).toEqual(["i4"]);
    expect(out.cut.panelCut).toBe(0.625);
    expect(out.cut.raterCuts).toEqual({ r1: 0.65, r2: 0.725, r3: 0.5 });
    expect(out.cut.standardError).toBe(0.066);
  });

  it("a lower threshold flags i1 and i3 too (SD .1 > .05)", () => {
    const out = computeAngoffCut(bank, panel, 0.05);
    expect(out.ok && out.cut.items.filter((i) => i.flagged).map((i) => i.itemId)).toEqual(["i1", "i3", "i4"]);
  });

  it("an attempt's pass mark: its drawn items' means, plus the practical at the nominal mark", () => {
    const out = computeAngoffCut(bank, panel);
    if (!out.ok) throw new Error(out.error);
    const means = Object.fromEntries(out.cut.items.map((i) => [i.itemHash, i.mean]));
    // Written only: {i1, i4} -> (.6 + .7) / 2 = 65%; {i2, i3} -> 60%.
    expect(attemptPassMark(means, ["h-i1", "h-i4"], 0, 70)).toBe(65);
    expect(attemptPassMark(means, ["h-i2", "h-i3"], 0, 70)).toBe(60);
    // With 2 practical points at the nominal 70%: (.6 + .7 + 1.4) / 4 = 67.5%.
    expect(attemptPassMark(means, ["h-i1", "h-i4"], 2, 70)).toBe(67.5);
    // An item version the standard never rated: no standard for this paper.
    expect(attemptPassMark(means, ["h-i1", "h-new"], 0, 70)).toBeNull();
  });

  it("refuses fewer than two raters", () => {
    expect(computeAngoffCut(bank, ratings([[0.6, 0.7, 0.5, 0.8]]))).toEqual({ ok: false, error: "At least 2 raters are needed; 1 rated." });
  });

  it("refuses an unrated item, and a rating of an older item version counts as unrated", () => {
    const missing = panel.filter((r) => !(r.raterId === "r2" && r.itemId === "i3"));
    expect(computeAngoffCut(bank, missing)).toEqual({ ok: false, error: "Rater r2 has not rated i3." });
    const stale = panel.map((r) => (r.raterId === "r1" && r.itemId === "i2" ? { ...r, itemHash: "old" } : r));
    expect(computeAngoffCut(bank, stale)).toEqual({ ok: false, error: "Rater r1 has not rated i2." });
  });

  it("refuses ratings outside .05..95", () => {
    const bad = panel.map((r, i) => (i === 0 ? { ...r, rating: 1 } : r));
    expect(computeAngoffCut(bank, bad).ok).toBe(false);
  });
});

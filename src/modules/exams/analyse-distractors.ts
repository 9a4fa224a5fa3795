import type { ExamItem } from "./schema";

/** One graded response with the options chosen (item option indexes) and the attempt's score. */
export type ChoiceFact = { attemptId: string; itemId: string; itemHash: string | null; answer: number[] | null; attemptScore: number };
export type OptionStatistic = { index: number; text: string; isKey: boolean; chosen: number; share: number; discrimination: number | null };
export type DistractorNote = "never chosen" | "attracts stronger candidates" | "";

/**
 * Distractor analysis for one item version (single, multiple, true-false; ordering has no
 * distractors): per option, how many chose it and the point-biserial correlation between choosing it
 * and the attempt score. A working distractor is chosen by some candidates and correlates negatively;
 * one nobody chooses adds nothing, one that draws the stronger candidates suggests a flaw or a second key.
 */
export function analyseDistractors(item: ExamItem, hash: string, facts: readonly ChoiceFact[]): OptionStatistic[] {
  if (item.type === "ordering") return [];
  const rows = facts.filter((f) => f.itemId === item.id && f.itemHash === hash);
  return item.options.map((text, index) => {
    const picks = rows.map((r) => (r.answer?.includes(index) ? 1 : 0));
    const chosen = picks.reduce<number>((s, x) => s + x, 0);
    return {
      index,
      text,
      isKey: item.key.includes(index),
      chosen,
      share: rows.length ? round(chosen / rows.length) : 0,
      discrimination: correlate(
        picks,
        rows.map((r) => r.attemptScore),
      ),
    };
  });
}

export function noteDistractor(option: OptionStatistic): DistractorNote {
  if (option.isKey) return "";
  if (option.chosen === 0) return "never chosen";
  return option.discrimination !== null && option.discrimination > 0 ? "attracts stronger candidates" : "";
}

/** Point-biserial = Pearson correlation of a 0/1 variable with the score (population moments). */
function correlate(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const cov = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / n;
  const sx = Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0) / n);
  const sy = Math.sqrt(ys.reduce((s, y) => s + (y - my) ** 2, 0) / n);
  return sx === 0 || sy === 0 ? null : round(cov / (sx * sy));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One graded response: which attempt, which item, right or wrong, and the attempt's total score. */
export type ResponseFact = { attemptId: string; itemId: string; correct: boolean; attemptScore: number };
export type ItemStatistic = { itemId: string; responses: number; facility: number; discrimination: number | null };

/**
 * Classical test theory per item: facility = share of candidates answering correctly; discrimination
 * = point-biserial correlation between the item (0/1) and the attempt's total score. Null when
 * undefined (fewer than 2 responses, or everyone scored the same / answered the same).
 */
export function computeItemStatistics(facts: readonly ResponseFact[]): ItemStatistic[] {
  const byItem = new Map<string, ResponseFact[]>();
  for (const f of facts) byItem.set(f.itemId, [...(byItem.get(f.itemId) ?? []), f]);
  return [...byItem.entries()]
    .map(([itemId, rows]) => {
      const n = rows.length;
      const p = rows.filter((r) => r.correct).length / n;
      return { itemId, responses: n, facility: round(p), discrimination: pointBiserial(rows, p) };
    })
    .sort((a, b) => a.itemId.localeCompare(b.itemId));
}

function pointBiserial(rows: readonly ResponseFact[], p: number): number | null {
  const n = rows.length;
  if (n < 2 || p === 0 || p === 1) return null;
  const mean = rows.reduce((s, r) => s + r.attemptScore, 0) / n;
  const sd = Math.sqrt(rows.reduce((s, r) => s + (r.attemptScore - mean) ** 2, 0) / n);
  if (sd === 0) return null;
  const right = rows.filter((r) => r.correct);
  const meanRight = right.reduce((s, r) => s + r.attemptScore, 0) / right.length;
  const meanWrong = rows.filter((r) => !r.correct).reduce((s, r) => s + r.attemptScore, 0) / (n - right.length);
  return round(((meanRight - meanWrong) / sd) * Math.sqrt(p * (1 - p)));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

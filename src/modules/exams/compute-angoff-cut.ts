/** One rater's final-round judgement: P(a minimally competent candidate answers the item version right). */
export type AngoffRating = { raterId: string; itemId: string; itemHash: string; rating: number };
export type BankItemRef = { itemId: string; itemHash: string };
type AngoffItemResult = { itemId: string; itemHash: string; mean: number; sd: number; flagged: boolean };
type AngoffCut = {
  raters: number;
  items: AngoffItemResult[];
  /** Mean of the item means: the expected proportion correct of a minimally competent candidate on the bank. */
  panelCut: number;
  raterCuts: Record<string, number>;
  /** Sample SD of the rater cuts / sqrt(raters). */
  standardError: number;
};
export type AngoffOutcome = { ok: true; cut: AngoffCut } | { ok: false; error: string };

const MIN_RATING = 0.05;
const MAX_RATING = 0.95;
/** Items whose ratings have a sample SD above this are flagged for panel discussion. */
const DEFAULT_SPREAD_THRESHOLD = 0.15;

/**
 * Modified Angoff on the bank's current item versions. A rating on an older hash of an item does not
 * count (the item changed after it was rated), so such an item is unrated. Refuses with fewer than two
 * raters, or when any rater left any current item unrated (every rater rates every item).
 */
export function computeAngoffCut(
  bank: readonly BankItemRef[],
  ratings: readonly AngoffRating[],
  spreadThreshold = DEFAULT_SPREAD_THRESHOLD,
): AngoffOutcome {
  if (bank.length === 0) return { ok: false, error: "The item bank is empty." };
  const current = new Map(bank.map((b) => [b.itemId, b.itemHash]));
  const byRater = new Map<string, Map<string, number>>();
  for (const r of ratings) {
    if (r.rating < MIN_RATING || r.rating > MAX_RATING)
      return { ok: false, error: `Rating ${r.rating} for ${r.itemId} is outside ${MIN_RATING}..${MAX_RATING}.` };
    if (current.get(r.itemId) !== r.itemHash) continue;
    const own = byRater.get(r.raterId) ?? new Map<string, number>();
    own.set(r.itemId, r.rating);
    byRater.set(r.raterId, own);
  }
  const raters = [...byRater.keys()].sort();
  if (raters.length < 2) return { ok: false, error: `At least 2 raters are needed; ${raters.length} rated.` };
  for (const rater of raters) {
    const missing = bank.filter((b) => !byRater.get(rater)!.has(b.itemId)).map((b) => b.itemId);
    if (missing.length) return { ok: false, error: `Rater ${rater} has not rated ${missing.join(", ")}.` };
  }
  const items = bank.map(({ itemId, itemHash }) => {
    const values = raters.map((r) => byRater.get(r)!.get(itemId)!);
    const sd = sampleSd(values);
    return { itemId, itemHash, mean: round(mean(values)), sd: round(sd), flagged: sd > spreadThreshold };
  });
  const cuts = raters.map((r) => mean(bank.map((b) => byRater.get(r)!.get(b.itemId)!)));
  return {
    ok: true,
    cut: {
      raters: raters.length,
      items,
      panelCut: round(mean(bank.map(({ itemId }) => mean(raters.map((r) => byRater.get(r)!.get(itemId)!))))),
      raterCuts: Object.fromEntries(raters.map((r, i) => [r, round(cuts[i])])),
      standardError: round(sampleSd(cuts) / Math.sqrt(raters.length)),
    },
  };
}

/**
 * The pass mark of one attempt under an adopted standard, as a percent of its whole score: the score a
 * minimally competent candidate is expected to get on exactly this paper, Σ (means of its scored items, by
 * version hash) plus the practical's points expected at the exam's nominal pass mark (the practical's own
 * rule is issue 16.1). Each attempt draws its own form, so a harder draw gets a lower mark. Null when an
 * item of the paper has no adopted mean (it changed after the standard was set): exam.yaml's mark applies.
 */
export function attemptPassMark(
  itemMeans: Readonly<Record<string, number>>,
  scoredHashes: readonly string[],
  practicalPoints: number,
  nominalPassMark: number,
): number | null {
  if (scoredHashes.some((h) => itemMeans[h] === undefined)) return null;
  const possible = scoredHashes.length + practicalPoints;
  if (possible === 0) return null;
  const expected = scoredHashes.reduce((s, h) => s + itemMeans[h], 0) + (practicalPoints * nominalPassMark) / 100;
  return Math.round((expected / possible) * 1000) / 10;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sampleSd = (xs: readonly number[]) => {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};
const round = (x: number) => Math.round(x * 1000) / 1000;

import type { ResponseFact } from "./item-statistics";

export type FormReliability = { kr20: number | null; attempts: number; itemsPerForm: number };

/**
 * KR-20 for dichotomous items: k/(k-1) * (1 - Σ p·q / σ²), σ² the (population) variance of the
 * number-correct score. Attempts here draw different items from the bank, so Σ p·q is the mean,
 * over attempts, of the item variances on that attempt's form (each p from every response to the
 * item); for one fixed form this is exactly the textbook KR-20. Null when undefined (fewer than two
 * attempts, fewer than two items, or no score variance).
 */
export function computeFormReliability(facts: readonly ResponseFact[]): FormReliability {
  const byAttempt = new Map<string, ResponseFact[]>();
  const byItem = new Map<string, { n: number; right: number }>();
  for (const f of facts) {
    byAttempt.set(f.attemptId, [...(byAttempt.get(f.attemptId) ?? []), f]);
    const s = byItem.get(f.itemId) ?? { n: 0, right: 0 };
    s.n += 1;
    if (f.correct) s.right += 1;
    byItem.set(f.itemId, s);
  }
  const forms = [...byAttempt.values()];
  const k = forms.length ? Math.round(forms.reduce((s, f) => s + f.length, 0) / forms.length) : 0;
  const empty = { kr20: null, attempts: forms.length, itemsPerForm: k };
  if (forms.length < 2 || k < 2) return empty;
  const pq = (itemId: string) => {
    const { n, right } = byItem.get(itemId)!;
    return (right / n) * (1 - right / n);
  };
  const sumPq = forms.reduce((s, form) => s + form.reduce((t, f) => t + pq(f.itemId), 0), 0) / forms.length;
  const totals = forms.map((form) => form.filter((f) => f.correct).length);
  const mean = totals.reduce((s, x) => s + x, 0) / totals.length;
  const variance = totals.reduce((s, x) => s + (x - mean) ** 2, 0) / totals.length;
  if (variance === 0) return empty;
  return { ...empty, kr20: Math.round((k / (k - 1)) * (1 - sumPq / variance) * 1000) / 1000 };
}

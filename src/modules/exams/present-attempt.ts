import type { PaperEntry } from "./draw-exam-items";
import { toDisplayPositions, type Answer } from "./grade-attempt";
import type { ExamItem, ItemType, ReviewPolicy } from "./schema";

type Saved = { itemId: string; answer: Answer; flagged: boolean; correct?: boolean | null };

/** What the browser may see during an attempt: no keys, no explanations, options in shuffled order. */
export type QuestionView = {
  position: number;
  total: number;
  topic: string;
  type: ItemType;
  stem: string;
  options: string[];
  selected: number[] | null;
  flagged: boolean;
};
export type NavigatorEntry = { position: number; answered: boolean; flagged: boolean };

function savedMap(responses: readonly Saved[]) {
  return new Map(responses.map((r) => [r.itemId, r]));
}

export function presentQuestion(
  paper: readonly PaperEntry[],
  position: number,
  items: ReadonlyMap<string, ExamItem>,
  responses: readonly Saved[],
): QuestionView | null {
  const entry = paper[position];
  const item = entry && items.get(entry.itemId);
  if (!entry || !item) return null;
  const saved = savedMap(responses).get(entry.itemId);
  return {
    position,
    total: paper.length,
    topic: entry.topic,
    type: item.type,
    stem: item.stem,
    options: entry.order.map((i) => item.options[i]),
    selected: toDisplayPositions(entry, saved?.answer ?? null),
    flagged: saved?.flagged ?? false,
  };
}

export function presentNavigator(paper: readonly PaperEntry[], responses: readonly Saved[]): NavigatorEntry[] {
  const saved = savedMap(responses);
  return paper.map((e, position) => ({
    position,
    answered: Boolean(saved.get(e.itemId)?.answer),
    flagged: saved.get(e.itemId)?.flagged ?? false,
  }));
}

/**
 * After submission. "wrong-items": the stem and the candidate's own answer of each item they got
 * wrong, no key, no explanation (they reach the browser only with "keys"). "score-only": nothing.
 */
export type ReviewEntry = {
  position: number;
  topic: string;
  type: ItemType;
  stem: string;
  options: string[];
  given: number[] | null;
  correct: boolean;
  key?: number[];
  explanation?: string;
};

export function presentReview(
  paper: readonly PaperEntry[],
  items: ReadonlyMap<string, ExamItem>,
  responses: readonly Saved[],
  policy: ReviewPolicy,
): ReviewEntry[] {
  if (policy === "score-only") return [];
  const saved = savedMap(responses);
  return paper.flatMap((entry, position) => {
    const item = items.get(entry.itemId);
    if (!item) return [];
    const r = saved.get(entry.itemId);
    const correct = r?.correct === true;
    if (policy === "wrong-items" && correct) return [];
    const base = {
      position,
      topic: entry.topic,
      type: item.type,
      stem: item.stem,
      options: item.options,
      given: r?.answer ?? null,
      correct,
    };
    return [policy === "keys" ? { ...base, key: item.key, explanation: item.explanation } : base];
  });
}

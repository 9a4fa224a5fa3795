import type { ExamItem } from "./schema";
import type { PaperEntry } from "./draw-exam-items";
import type { PracticalResult } from "./grade-practical";

/** An answer in item option indexes (see ExamItem.key); null = not answered. */
export type Answer = number[] | null;
export type TopicScore = { correct: number; total: number };
export type AttemptGrade = {
  correctByItem: Record<string, boolean>;
  topics: Record<string, TopicScore>;
  itemsCorrect: number;
  itemsTotal: number;
  practicalPoints: number;
  practicalTotal: number;
  scorePercent: number;
  passed: boolean;
};

/** All-or-nothing per item: multiple choice needs exactly the right set, ordering the exact sequence. */
export function isCorrect(item: ExamItem, answer: Answer): boolean {
  if (!answer || answer.length !== item.key.length) return false;
  const given = item.type === "multiple" ? [...answer].sort((a, b) => a - b) : answer;
  return given.every((v, i) => v === item.key[i]);
}

/** Every item and practical point weighs the same: score = earned / possible. */
export function gradeAttempt(
  paper: readonly PaperEntry[],
  items: ReadonlyMap<string, ExamItem>,
  answers: ReadonlyMap<string, Answer>,
  passMark: number,
  practical: readonly PracticalResult[] = [],
): AttemptGrade {
  const correctByItem: Record<string, boolean> = {};
  const topics: Record<string, TopicScore> = {};
  let scored = 0;
  for (const entry of paper) {
    const item = items.get(entry.itemId);
    if (!item) continue; // withdrawn from the bank during the attempt: not scored
    scored += 1;
    const ok = isCorrect(item, answers.get(entry.itemId) ?? null);
    correctByItem[entry.itemId] = ok;
    const t = (topics[entry.topic] ??= { correct: 0, total: 0 });
    t.total += 1;
    if (ok) t.correct += 1;
  }
  const itemsCorrect = Object.values(correctByItem).filter(Boolean).length;
  const practicalPoints = practical.reduce((s, p) => s + p.earned, 0);
  const practicalTotal = practical.reduce((s, p) => s + p.points, 0);
  const possible = scored + practicalTotal;
  const scorePercent = possible ? Math.round(((itemsCorrect + practicalPoints) / possible) * 1000) / 10 : 0;
  return {
    correctByItem,
    topics,
    itemsCorrect,
    itemsTotal: scored,
    practicalPoints,
    practicalTotal,
    scorePercent,
    passed: scorePercent >= passMark,
  };
}

/** Browser answers come as display positions; map them back to item option indexes. */
export function toItemAnswer(entry: PaperEntry, positions: readonly number[] | null): Answer {
  if (!positions || positions.length === 0) return null;
  if (positions.some((p) => p < 0 || p >= entry.order.length)) throw new Error("Answer position out of range.");
  if (new Set(positions).size !== positions.length) throw new Error("Answer repeats an option.");
  return positions.map((p) => entry.order[p]);
}

/** The inverse, to show a saved answer again in the shuffled layout. */
export function toDisplayPositions(entry: PaperEntry, answer: Answer): number[] | null {
  return answer ? answer.map((i) => entry.order.indexOf(i)) : null;
}

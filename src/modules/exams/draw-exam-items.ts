import type { Exam, ExamItem } from "./schema";
import { createRng, shuffle } from "./create-rng";

/** One drawn question: `order[p]` is the item option index shown at display position p. */
export type PaperEntry = { itemId: string; version: number; topic: string; order: number[] };

function optionOrder(item: ExamItem, rng: () => number): number[] {
  const identity = item.options.map((_, i) => i);
  if (item.type === "true-false") return identity; // True above False reads naturally
  let order = shuffle(identity, rng);
  // An ordering question shown already in the right order would be a free point.
  for (let tries = 0; item.type === "ordering" && tries < 10 && order.every((v, i) => v === i); tries++) order = shuffle(identity, rng);
  return order;
}

/**
 * Draws the items for one attempt from the blueprint: per topic, items the candidate has not seen
 * in earlier attempts first, then seen ones; the paper and every option list are shuffled.
 * The same seed, bank and history always give the same paper.
 */
export function drawExamItems(exam: Pick<Exam, "blueprint">, bank: readonly ExamItem[], seed: string, seenItemIds: ReadonlySet<string> = new Set()): PaperEntry[] {
  const rng = createRng(seed);
  const picked: ExamItem[] = [];
  for (const { topic, count } of exam.blueprint) {
    const pool = bank.filter((i) => i.topic === topic);
    if (pool.length < count) throw new Error(`Blueprint asks for ${count} "${topic}" items but the bank has ${pool.length}.`);
    const unseen = shuffle(pool.filter((i) => !seenItemIds.has(i.id)), rng);
    const seen = shuffle(pool.filter((i) => seenItemIds.has(i.id)), rng);
    picked.push(...[...unseen, ...seen].slice(0, count));
  }
  return shuffle(picked, rng).map((item) => ({ itemId: item.id, version: item.version, topic: item.topic, order: optionOrder(item, rng) }));
}

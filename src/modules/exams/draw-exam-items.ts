import type { Exam, ExamItem } from "./schema";
import { createRng, shuffle } from "./create-rng";
import { hashExamItem } from "./hash-exam-item";

/**
 * One drawn question: `order[p]` is the item option index shown at display position p; `hash` is the
 * content hash of the item version drawn (absent on papers drawn before versions were recorded).
 */
export type PaperEntry = { itemId: string; version: number; hash?: string; topic: string; order: number[] };

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
 * in earlier attempts first, then seen ones, and items whose review they opened only if the pool has
 * nothing else (the content checker's pool size rule keeps that from happening within the attempts
 * allowed). The paper and every option list are shuffled. Same seed, bank and history: same paper.
 */
export function drawExamItems(
  exam: Pick<Exam, "blueprint">,
  bank: readonly ExamItem[],
  seed: string,
  seenItemIds: ReadonlySet<string> = new Set(),
  reviewedItemIds: ReadonlySet<string> = new Set(),
): PaperEntry[] {
  const rng = createRng(seed);
  const picked: ExamItem[] = [];
  for (const { topic, count } of exam.blueprint) {
    const pool = bank.filter((i) => i.topic === topic);
    if (pool.length < count) throw new Error(`Blueprint asks for ${count} "${topic}" items but the bank has ${pool.length}.`);
    const rank = (i: ExamItem) => (reviewedItemIds.has(i.id) ? 2 : seenItemIds.has(i.id) ? 1 : 0);
    const tiers = [0, 1, 2].map((r) =>
      shuffle(
        pool.filter((i) => rank(i) === r),
        rng,
      ),
    );
    picked.push(...tiers.flat().slice(0, count));
  }
  return shuffle(picked, rng).map((item) => ({
    itemId: item.id,
    version: item.version,
    hash: hashExamItem(item),
    topic: item.topic,
    order: optionOrder(item, rng),
  }));
}

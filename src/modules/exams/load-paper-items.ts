import "server-only";
import { z } from "zod";
import type { PaperEntry } from "./draw-exam-items";
import { hashExamItem } from "./hash-exam-item";
import { ITEM_TYPES, type ExamItem } from "./schema";
import { createItemVersions, listItemVersions } from "./queries";

// Stored versions are read back through zod: a row is data, not trusted code.
const storedItem = z.object({
  id: z.string(),
  topic: z.string(),
  type: z.enum(ITEM_TYPES),
  difficulty: z.enum(["easy", "medium", "hard"]),
  version: z.number(),
  stem: z.string(),
  options: z.array(z.string()),
  key: z.array(z.number().int()),
  explanation: z.string(),
});

/** Keeps every drawn item version, so the attempt can be graded and reviewed as the candidate saw it. */
export async function saveDrawnVersions(examSlug: string, items: readonly ExamItem[]): Promise<void> {
  await createItemVersions(items.map((item) => ({ hash: hashExamItem(item), examSlug, itemId: item.id, content: item })));
}

/** Stored item versions by content hash. */
export async function loadItemVersions(hashes: string[]): Promise<Map<string, ExamItem>> {
  return new Map((await listItemVersions(hashes)).map((v) => [v.hash, storedItem.parse(v.content) as ExamItem]));
}

/**
 * The items of a paper as the candidate saw them: the stored version for each entry's hash (an edit
 * to the file since does not change them). An item deleted from the bank is withdrawn (not scored);
 * papers drawn before versions were recorded (no hash) use the current file. A `voided` version (accepted
 * appeal) is left out like a withdrawn one.
 */
export async function loadPaperItems(
  paper: readonly PaperEntry[],
  current: ReadonlyMap<string, ExamItem>,
  voided: ReadonlySet<string> = new Set(),
): Promise<Map<string, ExamItem>> {
  const stored = await loadItemVersions(paper.flatMap((e) => (e.hash ? [e.hash] : [])));
  const items = new Map<string, ExamItem>();
  for (const entry of paper) {
    const now = current.get(entry.itemId);
    if (!now || (entry.hash && voided.has(entry.hash))) continue;
    items.set(entry.itemId, (entry.hash && stored.get(entry.hash)) || now);
  }
  return items;
}

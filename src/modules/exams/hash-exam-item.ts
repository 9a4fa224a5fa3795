import { createHash } from "node:crypto";
import type { ExamItem } from "./schema";

/**
 * The content hash of an item version: everything a candidate sees or is graded on, in a fixed key
 * order. An edit to the stem, an option, the key or the explanation gives a new hash; the `version`
 * field is the author's label and may be forgotten, so it is not trusted on its own.
 */
export function hashExamItem(item: ExamItem): string {
  const canonical = JSON.stringify([item.id, item.topic, item.type, item.difficulty, item.stem, item.options, item.key, item.explanation]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 32);
}

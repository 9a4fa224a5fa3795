import type { KnowledgeCheck } from "./load-courses";

/** Right when the chosen options are exactly the correct ones (order and repeats do not matter). */
export function gradeCheck(check: Pick<KnowledgeCheck, "answer" | "multiple" | "options">, chosen: number[]): boolean {
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  if (!check.multiple && picked.length !== 1) return false;
  if (picked.some((i) => i >= check.options.length)) return false;
  return picked.length === check.answer.length && picked.every((value, i) => value === check.answer[i]);
}

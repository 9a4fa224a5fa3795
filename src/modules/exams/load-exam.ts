import fs from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { examSchema, itemFileSchema, itemSchema, type ExamItem, type LoadedExam, type RawItem } from "./schema";
import { readYamlFile, zodIssues, type YamlFile } from "./read-yaml-file";

export const DEFAULT_EXAMS_ROOT = "content/exams";
/** A topic's pool must hold at least this many times its draw. */
const POOL_FACTOR = 3;

/** Checks an item's answer against its type and options; returns a message or null. */
function answerProblem(item: RawItem): { field: string; message: string } | null {
  const n = item.options?.length ?? 0;
  switch (item.type) {
    case "true-false":
      if (item.options) return { field: "options", message: "true-false items have no options" };
      return typeof item.answer === "boolean" ? null : { field: "answer", message: "true-false answer must be true or false" };
    case "ordering":
      if (!item.options || n < 3) return { field: "options", message: "ordering items need at least 3 steps, in the correct order" };
      return item.answer === undefined
        ? null
        : { field: "answer", message: "ordering items have no answer: the options order is the answer" };
    case "single":
      if (!item.options) return { field: "options", message: "single-choice items need options" };
      if (typeof item.answer !== "number") return { field: "answer", message: "single-choice answer must be an option index" };
      return item.answer >= 0 && item.answer < n ? null : { field: "answer", message: `answer ${item.answer} is out of range 0..${n - 1}` };
    case "multiple": {
      if (!item.options) return { field: "options", message: "multiple-choice items need options" };
      const a = item.answer;
      if (!Array.isArray(a) || a.length === 0)
        return { field: "answer", message: "multiple-choice answer must be a non-empty list of option indexes" };
      if (a.some((i) => i < 0 || i >= n)) return { field: "answer", message: `answer indexes must be in range 0..${n - 1}` };
      return new Set(a).size === a.length ? null : { field: "answer", message: "answer lists an option twice" };
    }
  }
}

function normalise(item: RawItem, topic: string): ExamItem {
  const options = item.type === "true-false" ? ["True", "False"] : item.options!;
  const key =
    item.type === "true-false"
      ? [item.answer ? 0 : 1]
      : item.type === "single"
        ? [item.answer as number]
        : item.type === "multiple"
          ? [...(item.answer as number[])].sort((a, b) => a - b)
          : options.map((_, i) => i);
  const { answer: _a, options: _o, ...rest } = item;
  return { ...rest, topic, options, key };
}

async function readItems(dir: string, issues: ContentIssue[]) {
  const itemsDir = path.join(dir, "items");
  const files = (await fs.readdir(itemsDir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/u.test(f)).sort();
  if (files.length === 0) issues.push({ file: itemsDir, line: 1, message: "no item files (items/<topic>.yaml)" });
  const items: ExamItem[] = [];
  const where = new Map<string, string>();
  for (const name of files) {
    const y: YamlFile = await readYamlFile(path.join(itemsDir, name));
    issues.push(...y.issues);
    if (y.issues.length) continue;
    const file = itemFileSchema.safeParse(y.data);
    if (!file.success) {
      issues.push(...zodIssues(y, file.error));
      continue;
    }
    const topic = file.data.topic;
    if (name.replace(/\.ya?ml$/u, "") !== topic)
      issues.push({ file: y.file, line: y.lineOf(["topic"]), message: `topic "${topic}" does not match the file name` });
    file.data.items.forEach((raw, i) => {
      const parsed = itemSchema.safeParse(raw);
      if (!parsed.success) return issues.push(...zodIssues(y, parsed.error, ["items", i]));
      const problem = answerProblem(parsed.data);
      if (problem)
        return issues.push({ file: y.file, line: y.lineOf(["items", i, problem.field]), message: `${parsed.data.id}: ${problem.message}` });
      const seen = where.get(parsed.data.id);
      if (seen)
        return issues.push({
          file: y.file,
          line: y.lineOf(["items", i, "id"]),
          message: `duplicate item id "${parsed.data.id}" (first in ${seen})`,
        });
      where.set(parsed.data.id, `${y.file}:${y.lineOf(["items", i, "id"])}`);
      items.push(normalise(parsed.data, topic));
    });
  }
  return items;
}

/** Loads and validates one exam folder; `exam` is undefined when anything is wrong. */
export async function loadExamDir(dir: string): Promise<{ loaded?: LoadedExam; issues: ContentIssue[] }> {
  const issues: ContentIssue[] = [];
  const y = await readYamlFile(path.join(dir, "exam.yaml"));
  issues.push(...y.issues);
  const parsed = y.issues.length ? undefined : examSchema.safeParse(y.data);
  if (parsed && !parsed.success) issues.push(...zodIssues(y, parsed.error));
  const items = await readItems(dir, issues);
  if (!parsed?.success) return { issues };
  const exam = parsed.data;
  if (exam.slug !== path.basename(dir))
    issues.push({ file: y.file, line: y.lineOf(["slug"]), message: `slug "${exam.slug}" does not match the folder name` });
  const topics = new Set<string>();
  exam.blueprint.forEach((row, i) => {
    if (topics.has(row.topic))
      issues.push({ file: y.file, line: y.lineOf(["blueprint", i]), message: `topic "${row.topic}" appears twice in the blueprint` });
    topics.add(row.topic);
    // Exposure control: with at least 3x the draw (and a draw's worth per allowed attempt), every
    // attempt can be drawn without the items the candidate has already reviewed.
    const available = items.filter((it) => it.topic === row.topic).length;
    const needed = row.count * Math.max(POOL_FACTOR, exam.attemptsAllowed);
    if (available < needed)
      issues.push({
        file: y.file,
        line: y.lineOf(["blueprint", i, "count"]),
        message: `blueprint draws ${row.count} "${row.topic}" items, so the pool needs at least ${needed} (${POOL_FACTOR}x the draw, and one draw per allowed attempt) but the bank has ${available}`,
      });
  });
  const practicalIds = new Set<string>();
  exam.practical.forEach((task, i) => {
    if (practicalIds.has(task.id))
      issues.push({ file: y.file, line: y.lineOf(["practical", i, "id"]), message: `duplicate practical id "${task.id}"` });
    practicalIds.add(task.id);
  });
  return issues.length ? { issues } : { loaded: { exam, items, dir }, issues };
}

import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { cacheContent } from "@/src/modules/content/cache-content";
import { DEFAULT_EXAMS_ROOT, loadExamDir } from "./load-exam";
import type { ExamItem, LoadedExam } from "./schema";

export type RuntimeExam = LoadedExam & { itemsById: Map<string, ExamItem> };

// EXAMS_ROOT lets integration tests point at fixtures; the product reads content/exams.
const examsRoot = () => z.object({ EXAMS_ROOT: z.string().min(1).default(DEFAULT_EXAMS_ROOT) }).parse(process.env).EXAMS_ROOT;
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/** An exam from content/exams, validated; null if missing or invalid (the content checker says why). */
export function getExam(slug: string, root = examsRoot()): Promise<RuntimeExam | null> {
  if (!slugPattern.test(slug)) return Promise.resolve(null);
  return cacheContent(`exam:${root}/${slug}`, () =>
    loadExamDir(path.join(root, slug)).then(({ loaded }) =>
      loaded ? { ...loaded, itemsById: new Map(loaded.items.map((i) => [i.id, i])) } : null,
    ),
  );
}

export async function listExams(root = examsRoot()): Promise<RuntimeExam[]> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  const exams = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => getExam(e.name, root)));
  return exams.filter((e): e is RuntimeExam => e !== null).sort((a, b) => a.exam.title.localeCompare(b.exam.title));
}

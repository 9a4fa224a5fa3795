import fs from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { DEFAULT_EXAMS_ROOT, loadExamDir } from "./load-exam";

/** Every problem in every exam under `root` (used by `npm run content:check`). */
export async function checkExamContent(root = DEFAULT_EXAMS_ROOT): Promise<ContentIssue[]> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  const issues: ContentIssue[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(root, entry.name);
    const { loaded, issues: found } = await loadExamDir(dir);
    issues.push(...found);
    // Practical tasks must name a lab and steps that exist (whether the lab is solvable is the labs checker's job).
    const examText = loaded ? await fs.readFile(path.join(dir, "exam.yaml"), "utf8") : "";
    const lineOf = (id: string) => Math.max(1, examText.split("\n").findIndex((l) => l.includes(id)) + 1);
    for (const task of loaded?.exam.practical ?? []) {
      const labYaml = path.join("labs", task.lab, "lab.yaml");
      const text = await fs.readFile(labYaml, "utf8").catch(() => null);
      if (text === null) {
        issues.push({
          file: path.join(dir, "exam.yaml"),
          line: lineOf(task.id),
          message: `practical "${task.id}" references lab "${task.lab}" but ${labYaml} does not exist`,
        });
        continue;
      }
      const lab = parse(text) as { steps?: { id?: string }[] } | null;
      const stepIds = new Set((lab?.steps ?? []).map((s) => s.id));
      for (const step of task.steps.filter((s) => !stepIds.has(s))) {
        issues.push({
          file: path.join(dir, "exam.yaml"),
          line: lineOf(task.id),
          message: `practical "${task.id}": lab "${task.lab}" has no step "${step}"`,
        });
      }
    }
  }
  return issues;
}

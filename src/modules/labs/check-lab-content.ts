import fs from "node:fs/promises";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { listLabDirs, loadLab } from "./load-lab";

/** Validates every lab under `root`: manifest, referenced files, image profiles, MDX that compiles. */
export async function checkLabContent(root = "labs"): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, string>();
  for (const dir of await listLabDirs(root)) {
    const { lab, issues: found } = await loadLab(dir);
    issues.push(...found);
    if (!lab) continue;
    const rel = path.relative(process.cwd(), path.join(dir, "lab.yaml"));
    if (seen.has(lab.slug)) issues.push({ file: rel, line: 1, message: `slug "${lab.slug}" is also used by ${seen.get(lab.slug)}` });
    seen.set(lab.slug, rel);
    for (const step of lab.steps) {
      const file = path.join(dir, step.instructions);
      try {
        await compile(await fs.readFile(file, "utf8"), { remarkPlugins: [remarkGfm] });
      } catch (error) {
        const e = error as { line?: number; reason?: string; message: string };
        issues.push({ file: path.relative(process.cwd(), file), line: e.line ?? 1, message: e.reason ?? e.message });
      }
    }
  }
  return issues;
}

import fs from "node:fs/promises";
import type { ZodError } from "zod";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { readYaml } from "@/src/modules/content/read-yaml";

/** A parsed YAML file that can turn a value path into a line number for `file:line` messages. */
export type YamlFile = {
  file: string;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  issues: ContentIssue[];
};

export async function readYamlFile(file: string): Promise<YamlFile> {
  const yaml = readYaml(await fs.readFile(file, "utf8"), file);
  return { file, data: yaml.issues.length ? undefined : yaml.value, lineOf: yaml.lineOf, issues: yaml.issues };
}

/** Zod problems on their lines; unlike the course checker, the message names the full path (items.3.answer). */
export function zodIssues(y: YamlFile, error: ZodError, prefix: readonly PropertyKey[] = []): ContentIssue[] {
  return error.issues.map((i) => {
    const path = [...prefix, ...i.path];
    const where = path.length ? `${path.join(".")}: ` : "";
    return { file: y.file, line: y.lineOf(path), message: `${where}${i.message}` };
  });
}

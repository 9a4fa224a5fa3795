import fs from "node:fs/promises";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { ZodError } from "zod";
import type { ContentIssue } from "@/src/modules/content/content-issue";

/** A parsed YAML file that can turn a value path into a line number for `file:line` messages. */
export type YamlFile = {
  file: string;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  issues: ContentIssue[];
};

export async function readYamlFile(file: string): Promise<YamlFile> {
  const text = await fs.readFile(file, "utf8");
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const issues: ContentIssue[] = doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: e.message.split("\n")[0] }));
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk up the path until a node exists (a missing key is reported at its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { file, data: issues.length ? undefined : doc.toJS(), lineOf, issues };
}

export function zodIssues(y: YamlFile, error: ZodError, prefix: readonly PropertyKey[] = []): ContentIssue[] {
  return error.issues.map((i) => {
    const path = [...prefix, ...i.path];
    const where = path.length ? `${path.join(".")}: ` : "";
    return { file: y.file, line: y.lineOf(path), message: `${where}${i.message}` };
  });
}

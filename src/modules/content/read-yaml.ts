import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { ContentIssue } from "./content-issue";

export type YamlPath = readonly PropertyKey[];

/** A parsed YAML text that can tell which line any value came from (for `file:line` reports). */
export type ParsedYaml = {
  value: unknown;
  issues: ContentIssue[];
  lineOf: (path: YamlPath) => number;
};

/**
 * `lineOffset` is the number of lines before the YAML text in its file (frontmatter starts on line 2).
 * Syntax errors become issues; the value is then whatever the parser could recover.
 */
export function readYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const issues: ContentIssue[] = doc.errors.map((error) => ({
    file,
    line: lineOffset + (error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line),
    message: `YAML: ${error.message.split("\n")[0]}`,
  }));
  const lineOf = (path: YamlPath): number => {
    // Walk up the path until a node with a source range exists (a missing key reports its parent).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineOffset + lineCounter.linePos(node.range[0]).line;
    }
    return lineOffset + 1;
  };
  return { value: issues.length ? safeJs(doc) : doc.toJS(), issues, lineOf };
}

function safeJs(doc: Document): unknown {
  try {
    return doc.toJS();
  } catch {
    return undefined;
  }
}

/** Every zod problem as a content issue on the line of the offending value. */
export function zodIssues(error: z.ZodError, file: string, lineOf: (path: YamlPath) => number, prefix: YamlPath = []): ContentIssue[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    return { file, line: lineOf([...prefix, ...issue.path]), message: `${where}${issue.message}` };
  });
}

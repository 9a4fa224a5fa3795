import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Heading, Root } from "mdast";

/** GitHub-style heading anchors (`## Why it matters` -> `why-it-matters`), unique within a page. */
function createSlugger() {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base =
      text
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .replace(/\s+/gu, "-") || "section";
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

export type LessonHeading = { depth: 2 | 3; text: string; id: string };

/** Gives every heading an id and returns the h2/h3 ones for the table of contents. */
export function assignHeadingIds(tree: Root): LessonHeading[] {
  const slug = createSlugger();
  const toc: LessonHeading[] = [];
  visit(tree, "heading", (node: Heading) => {
    const text = toString(node);
    const id = slug(text);
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    if (node.depth === 2 || node.depth === 3) toc.push({ depth: node.depth, text, id });
  });
  return toc;
}

/** The same ids at render time, so table-of-contents links land on the headings. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    assignHeadingIds(tree);
  };
}

import { createProcessor } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { assignHeadingIds, type LessonHeading } from "./heading-ids";
import { NotALiteral, readAttributeExpression } from "./read-literal";
import { COMPONENT_NAMES, type ComponentName } from "./schema";

export type ComponentUse = { name: ComponentName; props: Record<string, unknown>; line: number };
export type LinkUse = { url: string; line: number };
export type LessonAnalysis = { headings: LessonHeading[]; components: ComponentUse[]; links: LinkUse[]; issues: ContentIssue[] };

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** Line of an MDX parse error: vfile messages carry it, some micromark errors only in their text. */
function errorLine(error: unknown): number {
  const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; message?: string };
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? Number(/\((\d+):\d+/u.exec(e.message ?? "")?.[1]);
  return Number.isFinite(line) && line! > 0 ? line! : 1;
}

/**
 * Parses a lesson body (frontmatter replaced by blank lines, so lines match the file) and lists
 * its headings, component uses and links. Only the allowed components with literal props pass;
 * imports, exports and `{expressions}` are refused because lessons are content, not code.
 */
export function analyseLesson(body: string, file: string): LessonAnalysis {
  const issues: ContentIssue[] = [];
  let tree: Root;
  try {
    tree = processor.parse(body) as Root;
  } catch (error) {
    const reason = (error as { reason?: string; message?: string }).reason ?? (error as Error).message;
    return { headings: [], components: [], links: [], issues: [{ file, line: errorLine(error), message: `MDX syntax error: ${reason}` }] };
  }
  const components: ComponentUse[] = [];
  const links: LinkUse[] = [];
  const at = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

  visit(tree, (node) => {
    switch (node.type) {
      case "mdxjsEsm":
        issues.push({
          file,
          line: at(node),
          message: "import/export is not allowed in lessons (components are available without imports)",
        });
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        const program = (node.data as { estree?: { body: unknown[] } } | undefined)?.estree;
        if (program && program.body.length > 0)
          issues.push({ file, line: at(node), message: "JavaScript expressions {…} are not allowed in lessons" });
        break;
      }
      case "link":
      case "definition":
        links.push({ url: (node as { url: string }).url, line: at(node) });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const element = node as MdxJsxFlowElement | MdxJsxTextElement;
        const name = element.name ?? "<>";
        if (!COMPONENT_NAMES.includes(name as ComponentName)) {
          issues.push({ file, line: at(node), message: `unknown component <${name}> (allowed: ${COMPONENT_NAMES.join(", ")})` });
          break;
        }
        const props: Record<string, unknown> = {};
        for (const attribute of element.attributes) {
          if (attribute.type === "mdxJsxExpressionAttribute") {
            issues.push({ file, line: at(node), message: `<${name}>: spread attributes are not allowed` });
            continue;
          }
          const value = attribute.value;
          if (value === null || value === undefined) props[attribute.name] = true;
          else if (typeof value === "string") props[attribute.name] = value;
          else {
            try {
              props[attribute.name] = readAttributeExpression(value.data?.estree);
            } catch (error) {
              if (!(error instanceof NotALiteral)) throw error;
              issues.push({
                file,
                line: at(node),
                message: `<${name}> ${attribute.name}: only literal values (strings, numbers, arrays) are allowed`,
              });
            }
          }
        }
        components.push({ name: name as ComponentName, props, line: at(node) });
        break;
      }
    }
  });
  return { headings: assignHeadingIds(tree), components, links, issues };
}

import fs from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { readYaml, zodIssues } from "@/src/modules/content/read-yaml";
import { splitFrontmatter } from "@/src/modules/content/split-frontmatter";
import { analyseLesson } from "./analyse-lesson";
import type { CourseModule, KnowledgeCheck, Lesson } from "./load-courses";
import { componentPropSchemas, lessonFrontmatterSchema } from "./schema";

/** One lesson file: frontmatter (zod), MDX structure, and the props of every component it uses. */
export async function loadLesson(
  root: string,
  file: string,
  slug: string,
  mod: CourseModule,
  issues: ContentIssue[],
): Promise<Lesson | null> {
  const source = await fs.readFile(path.join(root, file), "utf8");
  const { frontmatter, body } = splitFrontmatter(source);
  if (frontmatter === null) {
    issues.push({ file, line: 1, message: "frontmatter (--- title, summary, minutes, objectives ---) is missing" });
    return null;
  }
  const yaml = readYaml(frontmatter, file, 1);
  issues.push(...yaml.issues);
  const meta = lessonFrontmatterSchema.safeParse(yaml.value);
  const analysis = analyseLesson(body, file);
  issues.push(...analysis.issues);
  if (!meta.success) {
    issues.push(...zodIssues(meta.error, file, yaml.lineOf));
    return null;
  }
  const moduleObjectives = new Set(mod.objectives.map((o) => o.id));
  meta.data.objectives.forEach((id, i) => {
    if (!moduleObjectives.has(id))
      issues.push({ file, line: yaml.lineOf(["objectives", i]), message: `objective "${id}" is not an objective of module "${mod.slug}"` });
  });

  const checks: KnowledgeCheck[] = [];
  const components = analysis.components.filter((use) => {
    const parsed = componentPropSchemas[use.name].safeParse(use.props);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        const prop = problem.path.length ? `${String(problem.path[0])}: ` : "";
        issues.push({ file, line: use.line, message: `<${use.name}> ${prop}${problem.message}` });
      }
      return false;
    }
    if (use.name === "KnowledgeCheck") {
      const kc = parsed.data as typeof componentPropSchemas.KnowledgeCheck._zod.output;
      const answer = (Array.isArray(kc.answer) ? kc.answer : [kc.answer]).toSorted((a, b) => a - b);
      checks.push({ ...kc, answer, multiple: Boolean(kc.multiple), lessonSlug: slug, file, line: use.line });
    }
    return true;
  });
  if (analysis.issues.some((i) => i.message.startsWith("MDX syntax error"))) return null;
  // A lesson with an unknown tag or code would not render: the site leaves it out (see
  // course-catalogue.ts), while the checker still cross-checks it.
  const renderable = analysis.issues.length === 0;
  return {
    slug,
    moduleSlug: mod.slug,
    file,
    ...meta.data,
    body,
    headings: analysis.headings,
    components,
    links: analysis.links,
    checks,
    renderable,
    frontmatterLine: yaml.lineOf,
  };
}

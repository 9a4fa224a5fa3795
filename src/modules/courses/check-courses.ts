import fs from "node:fs/promises";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { remarkHeadingIds } from "./heading-ids";
import { loadCourses, type Course, type Lesson } from "./load-courses";

async function exists(file: string) {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * The courses content checker: everything the loader reports, plus cross-references (links to
 * lessons, labs and glossary terms, figures, knowledge checks covering every module objective).
 */
export async function checkCourses(root: string): Promise<ContentIssue[]> {
  const { courses, issues } = await loadCourses(root);
  const labExists = memo((slug: string) => exists(path.join(root, "labs", slug, "lab.yaml")));
  const figureExists = memo((src: string) => exists(path.join(root, "public", src)));
  for (const course of courses) {
    const checkIds = new Map<string, string>();
    for (const lesson of course.lessons) {
      for (const use of lesson.components) {
        const at = { file: lesson.file, line: use.line };
        if (use.name === "LabLink" && !(await labExists(String(use.props.lab))))
          issues.push({ ...at, message: `<LabLink> lab "${use.props.lab}" does not exist (no labs/${use.props.lab}/lab.yaml)` });
        if (use.name === "Term" && !course.glossary.some((t) => t.id === use.props.id))
          issues.push({ ...at, message: `<Term> "${use.props.id}" is not in the glossary` });
        if (use.name === "Figure" && !(await figureExists(String(use.props.src))))
          issues.push({ ...at, message: `<Figure> public${use.props.src} does not exist` });
      }
      for (const check of lesson.checks) {
        if (checkIds.has(check.id))
          issues.push({
            file: check.file,
            line: check.line,
            message: `duplicate KnowledgeCheck id "${check.id}" (also in ${checkIds.get(check.id)})`,
          });
        checkIds.set(check.id, check.file);
        if (!course.modules.some((m) => m.objectives.some((o) => o.id === check.objective)))
          issues.push({
            file: check.file,
            line: check.line,
            message: `<KnowledgeCheck> objective "${check.objective}" is not an objective of this course`,
          });
      }
      // The full compile the lesson page runs, so anything that passes here also builds.
      if (lesson.renderable) {
        await compile(lesson.body, { remarkPlugins: [remarkGfm, remarkHeadingIds] }).catch(
          (error: { line?: number; reason?: string; message: string }) =>
            issues.push({ file: lesson.file, line: error.line ?? 1, message: `MDX compile error: ${error.reason ?? error.message}` }),
        );
      }
      for (const link of lesson.links) {
        const problem = await checkLink(link.url, courses, labExists);
        if (problem) issues.push({ file: lesson.file, line: link.line, message: `broken link ${link.url}: ${problem}` });
      }
    }
    issues.push(...checkObjectiveCoverage(course));
  }
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Internal links must land: /courses/<course>[/<lesson>|/glossary#<term>] and /labs/<lab>. */
async function checkLink(url: string, courses: Course[], labExists: (slug: string) => Promise<boolean>): Promise<string | null> {
  const [pathname, hash] = url.split("#", 2);
  const parts = pathname.split("/").filter(Boolean);
  if (parts[0] === "labs" && parts[1]) return (await labExists(parts[1])) ? null : `no lab "${parts[1]}"`;
  if (parts[0] !== "courses" || parts.length < 2) return null;
  const course = courses.find((c) => c.slug === parts[1]);
  if (!course) return `no course "${parts[1]}"`;
  if (parts.length === 2) return null;
  if (parts.length > 3) return "too many path segments";
  if (parts[2] === "glossary") return !hash || course.glossary.some((t) => t.id === hash) ? null : `no glossary term "${hash}"`;
  const lesson: Lesson | undefined = course.lessons.find((l) => l.slug === parts[2]);
  if (!lesson) return `no lesson "${parts[2]}" in course "${course.slug}"`;
  return !hash || lesson.headings.some((h) => h.id === hash) ? null : `no heading #${hash} in that lesson`;
}

function checkObjectiveCoverage(course: Course): ContentIssue[] {
  const issues: ContentIssue[] = [];
  course.modules.forEach((mod, m) => {
    mod.objectives.forEach((objective, o) => {
      const line = course.lineOf(["modules", m, "objectives", o, "id"]);
      if (!course.lessons.some((l) => l.objectives.includes(objective.id)))
        issues.push({ file: course.file, line, message: `objective "${objective.id}" is not listed by any lesson's frontmatter` });
      if (!course.lessons.some((l) => l.checks.some((c) => c.objective === objective.id)))
        issues.push({ file: course.file, line, message: `objective "${objective.id}" is not covered by any KnowledgeCheck` });
    });
  });
  return issues;
}

function memo<T>(fn: (key: string) => Promise<T>) {
  const cache = new Map<string, Promise<T>>();
  return (key: string) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

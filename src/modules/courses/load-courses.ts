import fs from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { readYaml, zodIssues, type YamlPath } from "@/src/modules/content/read-yaml";
import type { ComponentUse, LinkUse } from "./analyse-lesson";
import type { LessonHeading } from "./heading-ids";
import { courseFileSchema, glossaryFileSchema, type CourseFile, type GlossaryTerm } from "./schema";
import { loadLesson } from "./load-lesson";

export type KnowledgeCheck = {
  id: string;
  objective: string;
  question: string;
  options: string[];
  answer: number[];
  multiple: boolean;
  explanation: string;
  lessonSlug: string;
  file: string;
  line: number;
};
export type Lesson = {
  slug: string;
  moduleSlug: string;
  file: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  /** MDX body, frontmatter blanked out so that line numbers still match the file */
  body: string;
  headings: LessonHeading[];
  components: ComponentUse[];
  links: LinkUse[];
  checks: KnowledgeCheck[];
  /** false when the MDX uses something the site cannot render (an unknown tag, code) */
  renderable: boolean;
  frontmatterLine: (path: YamlPath) => number;
};
export type CourseModule = CourseFile["modules"][number];
type GlossaryEntry = GlossaryTerm & { file: string; line: number };
export type Course = Omit<CourseFile, "modules"> & {
  modules: CourseModule[];
  lessons: Lesson[];
  glossary: GlossaryEntry[];
  file: string;
  lineOf: (path: YamlPath) => number;
};
export type LoadedCourses = { courses: Course[]; issues: ContentIssue[] };

const COURSES_DIR = "content/courses";
/** Route segments under /courses/<course>/ that a lesson slug would shadow. */
const RESERVED_SLUGS = new Set(["glossary"]);

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** Reads and validates every course under <root>/content/courses; each problem is an issue, never a throw. */
export async function loadCourses(root: string): Promise<LoadedCourses> {
  const issues: ContentIssue[] = [];
  const courses: Course[] = [];
  for (const name of await listDir(path.join(root, COURSES_DIR))) {
    const dir = path.join(COURSES_DIR, name);
    if (!(await fs.stat(path.join(root, dir))).isDirectory()) continue;
    const course = await loadCourse(root, dir, name, issues);
    if (course) courses.push(course);
  }
  return { courses, issues };
}

async function loadCourse(root: string, dir: string, folder: string, issues: ContentIssue[]): Promise<Course | null> {
  const file = path.join(dir, "course.yaml");
  let text: string;
  try {
    text = await fs.readFile(path.join(root, file), "utf8");
  } catch {
    issues.push({ file, line: 1, message: "course.yaml is missing" });
    return null;
  }
  const yaml = readYaml(text, file);
  issues.push(...yaml.issues);
  const parsed = courseFileSchema.safeParse(yaml.value);
  if (!parsed.success) {
    issues.push(...zodIssues(parsed.error, file, yaml.lineOf));
    return null;
  }
  const data = parsed.data;
  if (data.slug !== folder)
    issues.push({ file, line: yaml.lineOf(["slug"]), message: `slug "${data.slug}" must match the folder name "${folder}"` });

  const seen = { module: new Set<string>(), objective: new Set<string>(), lesson: new Set<string>() };
  const duplicate = (kind: keyof typeof seen, value: string, at: YamlPath) => {
    if (seen[kind].has(value)) issues.push({ file, line: yaml.lineOf(at), message: `duplicate ${kind} slug "${value}"` });
    seen[kind].add(value);
  };
  const lessons: Lesson[] = [];
  const lessonFiles = new Set((await listDir(path.join(root, dir, "lessons"))).filter((f) => f.endsWith(".mdx")));
  for (const [m, mod] of data.modules.entries()) {
    duplicate("module", mod.slug, ["modules", m, "slug"]);
    mod.objectives.forEach((o, i) => duplicate("objective", o.id, ["modules", m, "objectives", i, "id"]));
    for (const [l, slug] of mod.lessons.entries()) {
      const at: YamlPath = ["modules", m, "lessons", l];
      const listedTwice = seen.lesson.has(slug);
      duplicate("lesson", slug, at);
      if (listedTwice) continue;
      if (RESERVED_SLUGS.has(slug)) issues.push({ file, line: yaml.lineOf(at), message: `lesson slug "${slug}" is reserved` });
      const lessonFile = path.join(dir, "lessons", `${slug}.mdx`);
      if (!lessonFiles.delete(`${slug}.mdx`)) {
        issues.push({ file, line: yaml.lineOf(at), message: `lesson file ${lessonFile} is missing` });
        continue;
      }
      const lesson = await loadLesson(root, lessonFile, slug, mod, issues);
      if (lesson) lessons.push(lesson);
    }
  }
  for (const orphan of lessonFiles)
    issues.push({ file: path.join(dir, "lessons", orphan), line: 1, message: "lesson is not listed in any module of course.yaml" });

  const glossary = await loadGlossary(root, dir, issues);
  return { ...data, lessons, glossary, file, lineOf: yaml.lineOf };
}

async function loadGlossary(root: string, dir: string, issues: ContentIssue[]): Promise<GlossaryEntry[]> {
  const entries: GlossaryEntry[] = [];
  const ids = new Set<string>();
  for (const name of (await listDir(path.join(root, dir, "glossary"))).filter((f) => /\.ya?ml$/u.test(f))) {
    const file = path.join(dir, "glossary", name);
    const yaml = readYaml(await fs.readFile(path.join(root, file), "utf8"), file);
    issues.push(...yaml.issues);
    const parsed = glossaryFileSchema.safeParse(yaml.value);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, file, yaml.lineOf));
      continue;
    }
    parsed.data.terms.forEach((term, i) => {
      const line = yaml.lineOf(["terms", i, "id"]);
      if (ids.has(term.id)) issues.push({ file, line, message: `duplicate glossary term id "${term.id}"` });
      else entries.push({ ...term, file, line });
      ids.add(term.id);
    });
  }
  return entries.sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
}

// content/partners/*.yaml -> validated config, or content issues with file:line. Also cross-checks
// names against the courses and labs on disk (checkPartnerContent, for the content checker).
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { ZodError } from "zod";
import { cacheContent } from "@/src/modules/content/cache-content";
import { readYaml, zodIssues } from "@/src/modules/content/read-yaml";
import type { ContentIssue } from "@/src/modules/content/content-issue";
import { complianceFile, tiersFile, type ComplianceFile, type TiersFile } from "./schema";

const PARTNERS_DIR = "content/partners";

function loadFile<T>(
  root: string,
  name: string,
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: ZodError } },
) {
  const file = path.join(root, PARTNERS_DIR, name);
  const rel = path.join(PARTNERS_DIR, name);
  if (!fs.existsSync(file)) return { issues: [{ file: rel, line: 1, message: "file is missing" }] as ContentIssue[], lineOf: () => 1 };
  const parsed = readYaml(fs.readFileSync(file, "utf8"), rel);
  if (parsed.issues.length) return { issues: parsed.issues, lineOf: parsed.lineOf };
  const result = schema.safeParse(parsed.value);
  if (!result.success) return { issues: zodIssues(result.error, rel, parsed.lineOf), lineOf: parsed.lineOf };
  return { data: result.data, issues: [] as ContentIssue[], lineOf: parsed.lineOf };
}

/** The validated partner config; throws with file:line messages when it is broken. */
export function loadPartnerConfig(root = process.cwd()): { tiers: TiersFile; compliance: ComplianceFile } {
  return cacheContent(`partners:${root}`, () => readPartnerConfig(root));
}

function readPartnerConfig(root: string): { tiers: TiersFile; compliance: ComplianceFile } {
  const tiers = loadFile(root, "tiers.yaml", tiersFile);
  const compliance = loadFile(root, "compliance.yaml", complianceFile);
  const issues = [...tiers.issues, ...compliance.issues];
  if (!tiers.data || !compliance.data) throw new Error(issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join("\n"));
  return { tiers: tiers.data, compliance: compliance.data };
}

function courseModules(root: string, course: string): string[] | null {
  const file = path.join(root, "content/courses", course, "course.yaml");
  if (!fs.existsSync(file)) return null;
  try {
    return ((parse(fs.readFileSync(file, "utf8")) as { modules?: { slug?: string }[] }).modules ?? []).map((m) => String(m.slug));
  } catch {
    return []; // the courses checker reports the broken file
  }
}

const labExists = (root: string, lab: string) => fs.existsSync(path.join(root, "labs", lab, "lab.yaml"));
const examExists = (root: string, exam: string) => fs.existsSync(path.join(root, "content/exams", exam, "exam.yaml"));

/** Every problem in content/partners, as file:line issues (schema + references to courses, labs, exams). */
export function checkPartnerContent(root = process.cwd()): ContentIssue[] {
  const tiers = loadFile(root, "tiers.yaml", tiersFile);
  const compliance = loadFile(root, "compliance.yaml", complianceFile);
  const issues = [...tiers.issues, ...compliance.issues];
  const tiersRel = path.join(PARTNERS_DIR, "tiers.yaml");
  const complianceRel = path.join(PARTNERS_DIR, "compliance.yaml");
  tiers.data?.tiers.forEach((tier, i) => {
    const at = (...p: PropertyKey[]) => tiers.lineOf(["tiers", i, "requirements", ...p]);
    tier.requirements.exams.forEach((exam, j) => {
      if (!examExists(root, exam)) issues.push({ file: tiersRel, line: at("exams", j), message: `no exam "${exam}" under content/exams` });
    });
    const course = tier.requirements.courseCompletions?.course;
    if (course && courseModules(root, course) === null)
      issues.push({ file: tiersRel, line: at("courseCompletions", "course"), message: `no course "${course}" under content/courses` });
    const lab = tier.requirements.labCompletions?.lab;
    if (lab && !labExists(root, lab))
      issues.push({ file: tiersRel, line: at("labCompletions", "lab"), message: `no lab "${lab}" under labs/` });
  });
  if (compliance.data) {
    const modules = courseModules(root, compliance.data.course);
    if (modules === null)
      issues.push({
        file: complianceRel,
        line: compliance.lineOf(["course"]),
        message: `no course "${compliance.data.course}" under content/courses`,
      });
    compliance.data.requirements.forEach((req, i) => {
      req.practices.forEach((practice, j) => {
        const [kind, slug] = practice.split(":");
        const missing = kind === "lab" ? !labExists(root, slug) : modules !== null && !modules.includes(slug);
        if (missing)
          issues.push({
            file: complianceRel,
            line: compliance.lineOf(["requirements", i, "practices", j]),
            message: `no ${kind} "${slug}"${kind === "module" ? ` in course ${compliance.data!.course}` : " under labs/"}`,
          });
      });
    });
  }
  return issues;
}

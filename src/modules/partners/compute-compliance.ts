// Which practices (course modules, labs) the organisation's staff have covered, grouped by the
// IEC 62443 style requirement names in content/partners/compliance.yaml. Pure over plain data.
import type { ComplianceFile } from "./schema";

export type StaffPractice = { userId: string; lessonsCompleted: ReadonlySet<string>; labsCompleted: ReadonlySet<string> };
export type ModuleInfo = { slug: string; title: string; lessons: string[] };

type PracticeCoverage = { practice: string; kind: "module" | "lab"; slug: string; title: string; staffCovering: number };
export type RequirementCoverage = { ref: string; name: string; practices: PracticeCoverage[]; covered: boolean };

export function coversPractice(staff: StaffPractice, kind: string, slug: string, modules: readonly ModuleInfo[]): boolean {
  if (kind === "lab") return staff.labsCompleted.has(slug);
  const mod = modules.find((m) => m.slug === slug);
  return !!mod && mod.lessons.length > 0 && mod.lessons.every((l) => staff.lessonsCompleted.has(l));
}

export function computeCompliance(
  config: ComplianceFile,
  modules: readonly ModuleInfo[],
  staff: readonly StaffPractice[],
  labTitles: Record<string, string> = {},
): RequirementCoverage[] {
  return config.requirements.map((req) => {
    const practices = req.practices.map((practice) => {
      const [kind, slug] = practice.split(":") as ["module" | "lab", string];
      const title = kind === "module" ? (modules.find((m) => m.slug === slug)?.title ?? slug) : (labTitles[slug] ?? slug);
      return { practice, kind, slug, title, staffCovering: staff.filter((s) => coversPractice(s, kind, slug, modules)).length };
    });
    return { ref: req.ref, name: req.name, practices, covered: practices.every((p) => p.staffCovering > 0) };
  });
}

import "server-only";
// Compliance view data: per staff member, completed lessons (for module coverage) and completed labs.
import { findCourse } from "@/src/modules/courses/course-catalogue";
import { getLearnerCourseState } from "@/src/modules/courses/queries";
import { getLabProgressForUsers } from "@/src/modules/labs/queries/report-progress";
import { listLabs } from "@/src/modules/labs/catalog";
import { computeCompliance, type StaffPractice } from "./compute-compliance";
import { loadPartnerConfig } from "./load-partner-config";
import { findOrganization, listStaff } from "./queries";

export async function loadCompliance(orgId: string) {
  const org = await findOrganization(orgId);
  if (!org) return null;
  const { compliance } = loadPartnerConfig();
  const [course, members, labs] = await Promise.all([findCourse(compliance.course), listStaff(orgId), listLabs()]);
  const ids = members.map((m) => m.id);
  const [states, labRows] = await Promise.all([
    Promise.all(ids.map((id) => getLearnerCourseState(id, compliance.course))),
    getLabProgressForUsers(ids),
  ]);
  const staff: StaffPractice[] = ids.map((userId, i) => ({
    userId,
    lessonsCompleted: new Set(states[i].lessons.map((l) => l.lessonSlug)),
    labsCompleted: new Set(
      labRows.filter((l) => l.userId === userId && l.stepsTotal > 0 && l.stepsPassed >= l.stepsTotal).map((l) => l.labSlug),
    ),
  }));
  const modules = (course?.modules ?? []).map((m) => ({ slug: m.slug, title: m.title, lessons: m.lessons }));
  const labTitles = Object.fromEntries(labs.map((l) => [l.slug, l.title]));
  return {
    org,
    courseTitle: course?.title ?? compliance.course,
    staffCount: ids.length,
    requirements: computeCompliance(compliance, modules, staff, labTitles),
  };
}

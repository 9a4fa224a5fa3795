import "server-only";
import { hasCompletedCourse } from "@/src/modules/courses/queries";
import { hasAttendedClassroom } from "@/src/modules/classroom/queries";
import { findCurrentCertificate } from "@/src/modules/certificates/queries";
import { checkEligibility, type Eligibility } from "./check-eligibility";
import { listAttempts } from "./queries";
import type { Exam } from "./schema";

/** Gathers the facts (course completion, classroom, attempts, certificate) and decides. */
export async function loadEligibility(userId: string, exam: Exam, now = new Date()): Promise<Eligibility> {
  const courses = exam.prerequisites.courses;
  const [done, attended, attempts, certificate] = await Promise.all([
    Promise.all(courses.map(async (c) => ((await hasCompletedCourse(userId, c)) ? c : null))),
    exam.prerequisites.classroomAttendance
      ? Promise.all(courses.map((c) => hasAttendedClassroom(userId, c))).then((r) => r.some(Boolean))
      : Promise.resolve(true),
    listAttempts(userId, exam.slug),
    findCurrentCertificate(userId, exam.slug),
  ]);
  const completedCourses = new Set(done.filter((c): c is string => c !== null));
  return checkEligibility(exam, { completedCourses, attendedClassroom: attended, attempts, certificate }, now);
}

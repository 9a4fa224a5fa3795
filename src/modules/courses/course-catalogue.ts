import { cacheContent } from "@/src/modules/content/cache-content";
import { loadCourses, type Course, type KnowledgeCheck, type LoadedCourses } from "./load-courses";

function catalogue(): Promise<LoadedCourses> {
  return cacheContent(`courses:${process.cwd()}`, () =>
    loadCourses(process.cwd()).then(({ courses, issues }) => ({
      issues,
      courses: courses.map((c) => ({ ...c, lessons: c.lessons.filter((l) => l.renderable) })),
    })),
  );
}

/** Every course that loads (a course.yaml that fails validation is left out; the checker reports it). */
export async function listCourses(): Promise<Course[]> {
  return (await catalogue()).courses;
}

export async function findCourse(slug: string): Promise<Course | undefined> {
  return (await listCourses()).find((c) => c.slug === slug);
}

export async function findCheck(courseSlug: string, checkId: string): Promise<KnowledgeCheck | undefined> {
  const course = await findCourse(courseSlug);
  return course?.lessons.flatMap((l) => l.checks).find((c) => c.id === checkId);
}

/** What completing a course takes, for progress calculations. */
export function courseRequirements(course: Course) {
  return {
    courseSlug: course.slug,
    lessons: course.lessons.map((l) => l.slug),
    checks: course.lessons.flatMap((l) => l.checks.map((c) => c.id)),
  };
}

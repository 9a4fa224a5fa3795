import "server-only";
// Course names for pickers and calendar text, from the courses module's catalogue (content files).
import { findCourse, listCourses } from "@/src/modules/courses/course-catalogue";

export async function listCourseOptions(): Promise<{ slug: string; title: string }[]> {
  return (await listCourses()).map((c) => ({ slug: c.slug, title: c.title }));
}

export async function courseTitle(slug: string): Promise<string> {
  return (await findCourse(slug))?.title ?? slug;
}

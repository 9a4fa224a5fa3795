import Link from "next/link";
import { listCourses } from "@/src/modules/courses/course-catalogue";
import { CourseProgressBar } from "./[course]/course-progress";

export const metadata = { title: "Courses" };
export const dynamic = "force-static";

export default async function CoursesPage() {
  const courses = await listCourses();
  return (
    <div className="space-y-6">
      <h1>Courses</h1>
      {courses.length === 0 ? <p>No courses are published yet.</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {courses.map((course) => (
          <li key={course.slug} className="card space-y-3">
            <h2>
              <Link href={`/courses/${course.slug}`}>{course.title}</Link>
            </h2>
            <p className="text-sm text-slate-700">{course.summary}</p>
            <p className="text-sm text-slate-600">
              {course.duration} · {course.modules.length} modules · {course.lessons.length} lessons · for {course.audience.toLowerCase()}
            </p>
            <CourseProgressBar courseSlug={course.slug} compact />
          </li>
        ))}
      </ul>
    </div>
  );
}

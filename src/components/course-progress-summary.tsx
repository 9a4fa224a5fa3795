import Link from "next/link";
import { listCourses } from "@/src/modules/courses/course-catalogue";
import { getCourseProgressForUsers } from "@/src/modules/courses/queries";

/** "Your courses" on the dashboard: progress per course with a link to continue. */
export async function CourseProgressSummary({ userId }: { userId: string }) {
  const [courses, progress] = await Promise.all([listCourses(), getCourseProgressForUsers([userId])]);
  if (courses.length === 0) return null;
  return (
    <section aria-labelledby="my-courses" className="space-y-3">
      <h2 id="my-courses">Your courses</h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {courses.map((course) => {
          const p = progress.find((row) => row.courseSlug === course.slug);
          const percent = p && p.lessonsTotal ? Math.round((p.lessonsCompleted / p.lessonsTotal) * 100) : 0;
          return (
            <li key={course.slug} className="card space-y-2" data-testid={`dashboard-course-${course.slug}`}>
              <Link href={`/courses/${course.slug}`} className="font-semibold">
                {course.title}
              </Link>
              <div
                role="progressbar"
                aria-label={`${course.title} progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                className="h-2 overflow-hidden rounded-full bg-slate-200"
              >
                <div className="h-full bg-emerald-600" style={{ width: `${percent}%` }} />
              </div>
              <p className="text-sm text-slate-700">
                {p?.completed ? "Complete" : `${p?.lessonsCompleted ?? 0} of ${p?.lessonsTotal ?? course.lessons.length} lessons complete`}
                {p && !p.completed && p.checksTotal ? ` · ${p.checksCorrect} of ${p.checksTotal} checks answered` : ""}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { findCourse, listCourses } from "@/src/modules/courses/course-catalogue";
import { CourseProgressBar, LessonDoneMark, NextLessonLink } from "./course-progress";

// Static: the same page for everyone; progress is filled in by the client.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listCourses()).map((c) => ({ course: c.slug }));
}

type Params = { params: Promise<{ course: string }> };

export async function generateMetadata({ params }: Params) {
  const course = await findCourse((await params).course);
  return { title: course?.title ?? "Course", description: course?.summary };
}

export default async function CoursePage({ params }: Params) {
  const course = await findCourse((await params).course);
  if (!course) notFound();
  const lessons = new Map(course.lessons.map((l) => [l.slug, l]));
  const days = [...new Set(course.modules.map((m) => m.day))].sort();
  const minutes = course.lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/courses">Courses</Link>
        </p>
        <h1>{course.title}</h1>
        <p className="max-w-3xl text-slate-700">{course.summary}</p>
        <p className="text-sm text-slate-600">
          For {course.audience.toLowerCase()} · {course.duration} · {course.lessons.length} lessons (about {Math.round(minutes / 60)} hours
          of reading) · version {course.version} · <Link href={`/courses/${course.slug}/glossary`}>Glossary</Link>
        </p>
        <div className="card max-w-2xl space-y-3">
          <CourseProgressBar courseSlug={course.slug} />
          <NextLessonLink
            courseSlug={course.slug}
            lessons={course.lessons.map((l) => ({ slug: l.slug, title: l.title, checks: l.checks.map((c) => c.id) }))}
          />
        </div>
      </header>
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`} className="space-y-4">
          <h2 id={`day-${day}`}>Day {day}</h2>
          <ol className="space-y-4">
            {course.modules
              .filter((m) => m.day === day)
              .map((mod) => (
                <li key={mod.slug} className="card" data-testid={`module-${mod.slug}`}>
                  <h3 className="text-lg font-semibold">{mod.title}</h3>
                  <p className="mt-2 text-sm font-medium text-slate-700">You will be able to:</p>
                  <ul className="mt-1 list-disc space-y-1 pl-6 text-sm text-slate-700">
                    {mod.objectives.map((o) => (
                      <li key={o.id}>{o.text}</li>
                    ))}
                  </ul>
                  <ol className="mt-3 space-y-1">
                    {mod.lessons
                      .map((slug) => lessons.get(slug))
                      .filter((l) => l !== undefined)
                      .map((lesson) => (
                        <li key={lesson.slug}>
                          <Link href={`/courses/${course.slug}/${lesson.slug}`}>{lesson.title}</Link>
                          <span className="ml-2 text-xs text-slate-500">{lesson.minutes} min</span>
                          <LessonDoneMark courseSlug={course.slug} lessonSlug={lesson.slug} />
                        </li>
                      ))}
                  </ol>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

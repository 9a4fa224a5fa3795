import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonContent } from "@/src/components/mdx/lesson-content";
import { PROSE } from "@/src/components/mdx/prose";
import { findCourse, listCourses } from "@/src/modules/courses/course-catalogue";
import { CourseProgressBar } from "../course-progress";
import { CompleteLessonButton } from "./complete-lesson-button";

// Prerendered at build time for every lesson: no cookies, headers or session here. The learner's
// state (progress, check results, lab status) is fetched by client components after load.
export const dynamic = "error";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listCourses()).flatMap((c) => c.lessons.map((l) => ({ course: c.slug, lesson: l.slug })));
}

type Params = { params: Promise<{ course: string; lesson: string }> };

async function find(params: Params["params"]) {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const course = await findCourse(courseSlug);
  const index = course?.lessons.findIndex((l) => l.slug === lessonSlug) ?? -1;
  return course && index >= 0 ? { course, lesson: course.lessons[index], index } : null;
}

export async function generateMetadata({ params }: Params) {
  const found = await find(params);
  return { title: found?.lesson.title ?? "Lesson", description: found?.lesson.summary };
}

export default async function LessonPage({ params }: Params) {
  const found = await find(params);
  if (!found) notFound();
  const { course, lesson, index } = found;
  const mod = course.modules.find((m) => m.slug === lesson.moduleSlug)!;
  const previous = course.lessons[index - 1];
  const next = course.lessons[index + 1];
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article className="min-w-0">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          <Link href={`/courses/${course.slug}`}>{course.title}</Link> · Day {mod.day} · {mod.title}
        </nav>
        <h1 className="mt-2 text-3xl">{lesson.title}</h1>
        <p className="mt-2 text-lg text-slate-700">{lesson.summary}</p>
        <p className="mt-1 text-sm text-slate-500">
          Lesson {index + 1} of {course.lessons.length} · about {lesson.minutes} minutes
        </p>
        <div className={`mt-6 ${PROSE}`}>
          <LessonContent course={course} lesson={lesson} />
        </div>
        <footer className="mt-10 space-y-6 border-t border-slate-200 pt-6">
          <CompleteLessonButton courseSlug={course.slug} lessonSlug={lesson.slug} />
          <nav aria-label="Lessons" className="flex flex-wrap justify-between gap-4">
            {previous ? (
              <Link href={`/courses/${course.slug}/${previous.slug}`} rel="prev">
                ← {previous.title}
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link href={`/courses/${course.slug}/${next.slug}`} rel="next">
                {next.title} →
              </Link>
            ) : (
              <Link href={`/courses/${course.slug}`}>Back to the course overview →</Link>
            )}
          </nav>
        </footer>
      </article>
      <aside className="space-y-6 lg:sticky lg:top-6 lg:self-start">
        {lesson.headings.length ? (
          <nav aria-label="On this page" className="text-sm">
            <p className="font-semibold">On this page</p>
            <ul className="mt-2 space-y-1">
              {lesson.headings.map((h) => (
                <li key={h.id} className={h.depth === 3 ? "pl-4" : undefined}>
                  <a href={`#${h.id}`}>{h.text}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <CourseProgressBar courseSlug={course.slug} compact />
      </aside>
    </div>
  );
}

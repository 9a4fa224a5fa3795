import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { checkCourses } from "@/src/modules/courses/check-courses";
import { loadCourses } from "@/src/modules/courses/load-courses";
import { LessonContent } from "@/src/components/mdx/lesson-content";
import { PROSE } from "@/src/components/mdx/prose";
import { IssueList } from "../../../issue-list";

export const metadata = { title: "Lesson preview" };
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ course: string; lesson: string }> };

export default async function LessonPreviewPage({ params }: Params) {
  await requireUser("TRAINER");
  const { course: courseSlug, lesson: lessonSlug } = await params;
  if (!/^[a-z0-9-]+$/u.test(courseSlug) || !/^[a-z0-9-]+$/u.test(lessonSlug)) notFound();
  const root = process.cwd();
  const [{ courses }, allIssues] = await Promise.all([loadCourses(root), checkCourses(root)]);
  const course = courses.find((c) => c.slug === courseSlug);
  const lesson = course?.lessons.find((l) => l.slug === lessonSlug);
  const file = lesson?.file ?? `content/courses/${courseSlug}/lessons/${lessonSlug}.mdx`;
  const issues = allIssues.filter((i) => i.file === file || (!lesson && i.file.startsWith(`content/courses/${courseSlug}/`)));
  if (!course && issues.length === 0) notFound();
  let rendered: React.ReactNode = null;
  let renderError: string | null = null;
  if (course && lesson) {
    try {
      rendered = await LessonContent({ course, lesson });
    } catch (error) {
      renderError = error instanceof Error ? error.message : String(error);
    }
  }
  return (
    <div className="space-y-4">
      <p>
        <Link href="/trainer/preview">← Content preview</Link>
      </p>
      <h1>{lesson?.title ?? lessonSlug}</h1>
      <p className="text-sm text-slate-600">
        <code>{file}</code>
        {lesson && (
          <>
            {" "}
            · {lesson.minutes} minutes · objectives {lesson.objectives.join(", ")}
          </>
        )}
      </p>
      <IssueList issues={issues} />
      {renderError && (
        <p className="notice" role="alert">
          The lesson does not render: {renderError}
        </p>
      )}
      {!lesson && <p className="notice">The lesson does not load; fix the problems above.</p>}
      {rendered && <article className={`card ${PROSE}`}>{rendered}</article>}
    </div>
  );
}

"use client";
import Link from "next/link";
import { useCourseProgress } from "@/src/components/mdx/use-course-progress";

/** Progress bar for one course; lessons count, and the checks still to answer are named. */
export function CourseProgressBar({ courseSlug, compact = false }: { courseSlug: string; compact?: boolean }) {
  const { progress } = useCourseProgress(courseSlug);
  if (!progress)
    return compact ? null : (
      <p className="text-sm text-slate-600">
        {progress === null ? (
          <>
            <Link href="/sign-in">Sign in</Link> to track your progress.
          </>
        ) : (
          "Loading your progress…"
        )}
      </p>
    );
  const percent = progress.lessonsTotal ? Math.round((progress.lessonsCompleted / progress.lessonsTotal) * 100) : 0;
  return (
    <div className="space-y-1" data-testid="course-progress">
      <div
        role="progressbar"
        aria-label="Course progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-emerald-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-700">
        <span data-testid="lessons-completed">
          {progress.lessonsCompleted} of {progress.lessonsTotal} lessons complete
        </span>
        {!compact ? (
          <>
            {" "}
            · {progress.checksCorrect} of {progress.checksTotal} knowledge checks answered correctly
          </>
        ) : null}
      </p>
      {progress.completed ? (
        <p className="font-semibold text-emerald-800" data-testid="course-complete">
          Course complete{progress.completedAt ? ` on ${new Date(progress.completedAt).toLocaleDateString("en-GB")}` : ""}.
        </p>
      ) : null}
    </div>
  );
}

/** The first lesson not yet complete; on a finished course, the first lesson with an unanswered check. */
export function NextLessonLink({
  courseSlug,
  lessons,
}: {
  courseSlug: string;
  lessons: { slug: string; title: string; checks: string[] }[];
}) {
  const { progress } = useCourseProgress(courseSlug);
  const done = new Set(progress?.completedLessons ?? []);
  const correct = new Set(progress?.correctChecks ?? []);
  const next = lessons.find((l) => !done.has(l.slug)) ?? lessons.find((l) => l.checks.some((c) => !correct.has(c)));
  if (progress?.completed || !next) return null;
  const started = done.size > 0 || correct.size > 0;
  return (
    <Link href={`/courses/${courseSlug}/${next.slug}`} className="btn" data-testid="next-lesson">
      {started ? `Continue: ${next.title}` : `Start the course: ${next.title}`}
    </Link>
  );
}

export function LessonDoneMark({ courseSlug, lessonSlug }: { courseSlug: string; lessonSlug: string }) {
  const { progress } = useCourseProgress(courseSlug);
  if (!progress?.completedLessons.includes(lessonSlug)) return null;
  return (
    <span className="ml-2 text-sm text-emerald-700" aria-label="completed">
      ✓
    </span>
  );
}

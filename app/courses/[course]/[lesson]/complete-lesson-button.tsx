"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { completeLesson } from "@/src/modules/courses/actions";
import { useCourseProgress } from "@/src/components/mdx/use-course-progress";

export function CompleteLessonButton({ courseSlug, lessonSlug }: { courseSlug: string; lessonSlug: string }) {
  const { progress, refresh } = useCourseProgress(courseSlug);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  if (progress === null)
    return (
      <p className="text-sm">
        <Link href="/sign-in">Sign in</Link> to record your progress.
      </p>
    );
  const done = progress?.completedLessons.includes(lessonSlug) ?? false;
  if (done)
    return (
      <p className="font-medium text-emerald-800" data-testid="lesson-complete">
        ✓ Lesson complete
      </p>
    );
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        className="btn"
        disabled={pending || progress === undefined}
        onClick={() =>
          startTransition(async () => {
            const result = await completeLesson({ courseSlug, lessonSlug });
            setMessage(result.ok ? null : (result.message ?? "Could not save."));
            await refresh();
          })
        }
      >
        {pending ? "Saving…" : "Mark lesson complete"}
      </button>
      {message ? (
        <span role="alert" className="text-sm text-red-700">
          {message}
        </span>
      ) : null}
    </div>
  );
}

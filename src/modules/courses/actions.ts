"use server";
import { userAction } from "@/src/server/action";
import { findCheck, findCourse } from "./course-catalogue";
import { gradeCheck } from "./grade-check";
import { markLessonCompleted, recordCheckAttempt } from "./queries";
import { answerCheckSchema, markLessonSchema } from "./schema";

export type CheckResult = { ok: true; correct: boolean; explanation?: string } | { ok: false; message: string };

/**
 * Grades an inline knowledge check against the lesson file (answers never leave the server before
 * this) and records the attempt. The explanation usually names the right option, so it is returned
 * only with a correct answer: a wrong one gets "try again", keeping the check a real question.
 */
export const answerKnowledgeCheck = userAction([], answerCheckSchema, async (input, user): Promise<CheckResult> => {
  const check = await findCheck(input.courseSlug, input.checkId);
  if (!check) return { ok: false, message: "This question no longer exists. Reload the page." };
  const correct = gradeCheck(check, input.answer);
  await recordCheckAttempt({
    userId: user.id,
    courseSlug: input.courseSlug,
    checkId: check.id,
    correct,
    answer: [...new Set(input.answer)].sort((a, b) => a - b),
  });
  return correct ? { ok: true, correct, explanation: check.explanation } : { ok: true, correct };
});

export const completeLesson = userAction([], markLessonSchema, async (input, user): Promise<{ ok: boolean; message?: string }> => {
  const course = await findCourse(input.courseSlug);
  if (!course?.lessons.some((l) => l.slug === input.lessonSlug)) return { ok: false, message: "Unknown lesson." };
  await markLessonCompleted(user.id, input.courseSlug, input.lessonSlug);
  return { ok: true };
});

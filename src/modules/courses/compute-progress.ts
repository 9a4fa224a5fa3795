/** What a course requires: its lessons and the ids of its knowledge checks. */
export type CourseRequirements = { courseSlug: string; lessons: string[]; checks: string[] };
export type LessonRow = { lessonSlug: string; completedAt: Date | null };
export type CorrectCheckRow = { checkId: string; createdAt: Date };

export type CourseProgress = {
  courseSlug: string;
  lessonsCompleted: number;
  lessonsTotal: number;
  checksCorrect: number;
  checksTotal: number;
  completed: boolean;
  completedAt?: Date;
};

/**
 * A course is complete when every lesson is marked complete and every knowledge check was answered
 * correctly at least once; it was completed when the last of those happened. Rows for lessons or
 * checks that are no longer in the course are ignored.
 */
export function computeProgress(course: CourseRequirements, lessons: LessonRow[], correctChecks: CorrectCheckRow[]): CourseProgress {
  const lessonDone = new Map<string, Date>();
  for (const row of lessons)
    if (row.completedAt && course.lessons.includes(row.lessonSlug)) lessonDone.set(row.lessonSlug, row.completedAt);
  const firstCorrect = new Map<string, Date>();
  for (const row of correctChecks) {
    if (!course.checks.includes(row.checkId)) continue;
    const seen = firstCorrect.get(row.checkId);
    if (!seen || row.createdAt < seen) firstCorrect.set(row.checkId, row.createdAt);
  }
  const completed = lessonDone.size === course.lessons.length && firstCorrect.size === course.checks.length && course.lessons.length > 0;
  const times = [...lessonDone.values(), ...firstCorrect.values()].map((d) => d.getTime());
  return {
    courseSlug: course.courseSlug,
    lessonsCompleted: lessonDone.size,
    lessonsTotal: course.lessons.length,
    checksCorrect: firstCorrect.size,
    checksTotal: course.checks.length,
    completed,
    ...(completed ? { completedAt: new Date(Math.max(...times)) } : {}),
  };
}

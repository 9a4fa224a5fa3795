import "server-only";
import { db } from "@/src/server/db";
import { computeProgress, type CourseProgress } from "./compute-progress";
import { courseRequirements, findCourse, listCourses } from "./course-catalogue";

export async function recordCheckAttempt(input: {
  userId: string;
  courseSlug: string;
  checkId: string;
  correct: boolean;
  answer: number[];
}) {
  await db.knowledgeCheckAttempt.create({ data: input });
}

/** Idempotent: the first completion time is kept. */
export async function markLessonCompleted(userId: string, courseSlug: string, lessonSlug: string) {
  const key = { userId_courseSlug_lessonSlug: { userId, courseSlug, lessonSlug } };
  const existing = await db.lessonProgress.findUnique({ where: key, select: { completedAt: true } });
  if (existing?.completedAt) return;
  await db.lessonProgress.upsert({
    where: key,
    create: { userId, courseSlug, lessonSlug, completedAt: new Date() },
    update: { completedAt: new Date() },
  });
}

/** One learner's stored results in one course: completed lessons and checks answered correctly. */
export async function getLearnerCourseState(userId: string, courseSlug: string) {
  const [lessons, checks] = await Promise.all([
    db.lessonProgress.findMany({
      where: { userId, courseSlug, completedAt: { not: null } },
      select: { lessonSlug: true, completedAt: true },
    }),
    db.knowledgeCheckAttempt.findMany({
      where: { userId, courseSlug, correct: true },
      select: { checkId: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { lessons, correctChecks: checks };
}

export type UserCourseProgress = CourseProgress & { userId: string };

/** Progress of many users (e.g. a cohort or an organisation) in one course or in every course. */
export async function getCourseProgressForUsers(userIds: string[], courseSlug?: string): Promise<UserCourseProgress[]> {
  if (userIds.length === 0) return [];
  const courses = courseSlug ? [await findCourse(courseSlug)].filter((c) => c !== undefined) : await listCourses();
  const slugs = courses.map((c) => c.slug);
  const [lessonRows, checkRows] = await Promise.all([
    db.lessonProgress.findMany({
      where: { userId: { in: userIds }, courseSlug: { in: slugs }, completedAt: { not: null } },
      select: { userId: true, courseSlug: true, lessonSlug: true, completedAt: true },
    }),
    db.knowledgeCheckAttempt.findMany({
      where: { userId: { in: userIds }, courseSlug: { in: slugs }, correct: true },
      select: { userId: true, courseSlug: true, checkId: true, createdAt: true },
    }),
  ]);
  const byKey = <T extends { userId: string; courseSlug: string }>(rows: T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = `${row.userId} ${row.courseSlug}`;
      groups
        .set(key, groups.get(key) ?? [])
        .get(key)!
        .push(row);
    }
    return (key: string) => groups.get(key) ?? [];
  };
  const lessonsOf = byKey(lessonRows);
  const checksOf = byKey(checkRows);
  const result: UserCourseProgress[] = [];
  for (const userId of userIds) {
    for (const course of courses) {
      const key = `${userId} ${course.slug}`;
      result.push({ userId, ...computeProgress(courseRequirements(course), lessonsOf(key), checksOf(key)) });
    }
  }
  return result;
}

export async function hasCompletedCourse(userId: string, courseSlug: string): Promise<boolean> {
  const [progress] = await getCourseProgressForUsers([userId], courseSlug);
  return progress?.completed ?? false;
}

/** What the lesson and course pages show a learner: which lessons and checks are done, and totals. */
export async function getLearnerCourseProgress(userId: string, courseSlug: string) {
  const course = await findCourse(courseSlug);
  if (!course) return null;
  const state = await getLearnerCourseState(userId, courseSlug);
  const progress = computeProgress(courseRequirements(course), state.lessons, state.correctChecks);
  const lessons = new Set(course.lessons.map((l) => l.slug));
  return {
    ...progress,
    completedLessons: state.lessons.map((l) => l.lessonSlug).filter((slug) => lessons.has(slug)),
    correctChecks: [...new Set(state.correctChecks.map((c) => c.checkId))],
  };
}

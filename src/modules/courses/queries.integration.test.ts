import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { courseRequirements, listCourses } from "./course-catalogue";
import {
  getCourseProgressForUsers,
  getLearnerCourseProgress,
  hasCompletedCourse,
  markLessonCompleted,
  recordCheckAttempt,
} from "./queries";

async function makeUser(email: string) {
  return db.user.create({ data: { name: "Course Tester", email }, select: { id: true } });
}

describe("course progress queries (real SQLite, real course content)", async () => {
  const [course] = await listCourses();
  const req = courseRequirements(course);

  it("tracks lessons and correct checks until the course is complete", async () => {
    const { id } = await makeUser("progress@example.com");
    const other = await makeUser("other@example.com");
    expect(await hasCompletedCourse(id, course.slug)).toBe(false);

    await markLessonCompleted(id, course.slug, req.lessons[0]);
    await markLessonCompleted(id, course.slug, req.lessons[0]); // idempotent
    await recordCheckAttempt({ userId: id, courseSlug: course.slug, checkId: req.checks[0], correct: false, answer: [0] });
    let [progress] = await getCourseProgressForUsers([id], course.slug);
    expect(progress).toMatchObject({
      userId: id,
      courseSlug: course.slug,
      lessonsCompleted: 1,
      lessonsTotal: req.lessons.length,
      checksCorrect: 0,
      completed: false,
    });

    for (const lesson of req.lessons) await markLessonCompleted(id, course.slug, lesson);
    expect(await hasCompletedCourse(id, course.slug)).toBe(req.checks.length === 0);
    for (const checkId of req.checks)
      await recordCheckAttempt({ userId: id, courseSlug: course.slug, checkId, correct: true, answer: [1] });

    [progress] = await getCourseProgressForUsers([id], course.slug);
    expect(progress).toMatchObject({ lessonsCompleted: req.lessons.length, checksCorrect: req.checks.length, completed: true });
    expect(progress.completedAt).toBeInstanceOf(Date);
    expect(await hasCompletedCourse(id, course.slug)).toBe(true);

    const both = await getCourseProgressForUsers([id, other.id]);
    expect(both.find((p) => p.userId === other.id && p.courseSlug === course.slug)).toMatchObject({
      lessonsCompleted: 0,
      completed: false,
    });
    const mine = await getLearnerCourseProgress(id, course.slug);
    expect(mine?.completedLessons).toHaveLength(req.lessons.length);
    expect(mine?.correctChecks).toHaveLength(req.checks.length);
    expect(await db.knowledgeCheckAttempt.count({ where: { userId: id } })).toBe(req.checks.length + 1);
  });

  it("returns nothing for no users and null for an unknown course", async () => {
    expect(await getCourseProgressForUsers([])).toEqual([]);
    expect(await getLearnerCourseProgress("nobody", "no-such-course")).toBeNull();
  });
});

// Test and demo helper: marks an account as having met an exam's course prerequisites (every lesson
// completed, every knowledge check answered correctly), so exam journeys need not click through
// the whole course. Not called by the default seed: real candidates earn this in the course.
//   DATABASE_URL=file:./data/x.db npx tsx prisma/seed/exams.ts complete-prerequisites <email> [exam-slug]
import type { Db } from "../../src/server/db-client";
import { createPrismaClient } from "../../src/server/db-client";
import { loadCourses } from "../../src/modules/courses/load-courses";
import { courseRequirements } from "../../src/modules/courses/course-catalogue";
import { loadExamDir } from "../../src/modules/exams/load-exam";

const DEFAULT_EXAM = "certified-professional-camera-cybersecurity";

export async function completeExamPrerequisites(db: Db, email: string, examSlug = DEFAULT_EXAM): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const { loaded, issues } = await loadExamDir(`content/exams/${examSlug}`);
  if (!loaded) throw new Error(`Exam ${examSlug} does not load: ${issues[0]?.message}`);
  const { courses } = await loadCourses(process.cwd());
  const now = new Date();
  for (const slug of loaded.exam.prerequisites.courses) {
    const course = courses.find((c) => c.slug === slug);
    if (!course) throw new Error(`Prerequisite course ${slug} does not load.`);
    const req = courseRequirements(course);
    for (const lessonSlug of req.lessons) {
      const key = { userId_courseSlug_lessonSlug: { userId: user.id, courseSlug: slug, lessonSlug } };
      await db.lessonProgress.upsert({
        where: key,
        create: { userId: user.id, courseSlug: slug, lessonSlug, completedAt: now },
        update: { completedAt: now },
      });
    }
    for (const checkId of req.checks) {
      await db.knowledgeCheckAttempt.create({ data: { userId: user.id, courseSlug: slug, checkId, correct: true, answer: [] } });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, email, exam] = process.argv.slice(2);
  if (command !== "complete-prerequisites" || !email) {
    console.error("usage: tsx prisma/seed/exams.ts complete-prerequisites <email> [exam-slug]");
    process.exit(2);
  }
  const db = createPrismaClient();
  await completeExamPrerequisites(db, email, exam);
  await db.$disconnect();
  console.log(`Prerequisites of ${exam ?? DEFAULT_EXAM} marked complete for ${email}.`);
}

-- sqlite-migrations: 20261203120048_typed_exam_columns
-- Hand-edited from Prisma's diff, which drops and re-adds each column (losing every attempt's paper,
-- answers and results): the columns change type in place, and PostgreSQL rebuilds the indexes that use them.
CREATE TYPE "ExamAttemptStatus" AS ENUM ('in_progress', 'submitted', 'expired');

ALTER TABLE "ExamAttempt"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "ExamAttemptStatus" USING "status"::"ExamAttemptStatus",
  ALTER COLUMN "status" SET DEFAULT 'in_progress',
  ALTER COLUMN "paper" TYPE JSONB USING "paper"::jsonb,
  ALTER COLUMN "topicScores" TYPE JSONB USING "topicScores"::jsonb,
  ALTER COLUMN "practical" TYPE JSONB USING "practical"::jsonb;

ALTER TABLE "ExamItemVersion" ALTER COLUMN "content" TYPE JSONB USING "content"::jsonb;

ALTER TABLE "ExamResponse" ALTER COLUMN "answer" TYPE JSONB USING "answer"::jsonb;

ALTER TABLE "KnowledgeCheckAttempt" ALTER COLUMN "answer" TYPE JSONB USING "answer"::jsonb;

CREATE TYPE "EnrolmentStatus" AS ENUM ('enrolled', 'waitlisted', 'withdrawn');
ALTER TABLE "ClassroomEnrolment" ALTER COLUMN "status" TYPE "EnrolmentStatus" USING "status"::"EnrolmentStatus";

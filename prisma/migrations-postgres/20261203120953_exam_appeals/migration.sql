-- sqlite-migrations: 20261203120953_exam_appeals
-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('pending', 'accepted', 'rejected');

-- CreateTable
CREATE TABLE "ExamAppeal" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "itemHash" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'pending',
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamAppeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamItemVoid" (
    "hash" TEXT NOT NULL,
    "examSlug" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "appealId" TEXT NOT NULL,
    "voidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamItemVoid_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "ExamAppeal_status_createdAt_idx" ON "ExamAppeal"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExamAppeal_attemptId_itemId_key" ON "ExamAppeal"("attemptId", "itemId");

-- CreateIndex
CREATE INDEX "ExamItemVoid_examSlug_idx" ON "ExamItemVoid"("examSlug");

-- AddForeignKey
ALTER TABLE "ExamAppeal" ADD CONSTRAINT "ExamAppeal_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "ExamAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

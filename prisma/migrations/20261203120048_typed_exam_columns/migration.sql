-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_KnowledgeCheckAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseSlug" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answer" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KnowledgeCheckAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_KnowledgeCheckAttempt" ("answer", "checkId", "correct", "courseSlug", "createdAt", "id", "userId") SELECT "answer", "checkId", "correct", "courseSlug", "createdAt", "id", "userId" FROM "KnowledgeCheckAttempt";
DROP TABLE "KnowledgeCheckAttempt";
ALTER TABLE "new_KnowledgeCheckAttempt" RENAME TO "KnowledgeCheckAttempt";
CREATE INDEX "KnowledgeCheckAttempt_userId_courseSlug_checkId_idx" ON "KnowledgeCheckAttempt"("userId", "courseSlug", "checkId");
CREATE INDEX "KnowledgeCheckAttempt_courseSlug_checkId_idx" ON "KnowledgeCheckAttempt"("courseSlug", "checkId");
CREATE TABLE "new_ExamAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "examSlug" TEXT NOT NULL,
    "examVersion" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "paper" JSONB NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "scorePercent" REAL,
    "passed" BOOLEAN,
    "topicScores" JSONB,
    "practical" JSONB,
    "reviewedAt" DATETIME,
    CONSTRAINT "ExamAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ExamAttempt" ("deadlineAt", "examSlug", "examVersion", "id", "paper", "passed", "practical", "reviewedAt", "scorePercent", "seed", "startedAt", "status", "submittedAt", "topicScores", "userId") SELECT "deadlineAt", "examSlug", "examVersion", "id", "paper", "passed", "practical", "reviewedAt", "scorePercent", "seed", "startedAt", "status", "submittedAt", "topicScores", "userId" FROM "ExamAttempt";
DROP TABLE "ExamAttempt";
ALTER TABLE "new_ExamAttempt" RENAME TO "ExamAttempt";
CREATE INDEX "ExamAttempt_userId_examSlug_startedAt_idx" ON "ExamAttempt"("userId", "examSlug", "startedAt");
CREATE INDEX "ExamAttempt_examSlug_status_idx" ON "ExamAttempt"("examSlug", "status");
CREATE TABLE "new_ExamResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "itemHash" TEXT,
    "answer" JSONB,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "correct" BOOLEAN,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExamResponse_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "ExamAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ExamResponse" ("answer", "attemptId", "correct", "flagged", "id", "itemHash", "itemId", "updatedAt") SELECT "answer", "attemptId", "correct", "flagged", "id", "itemHash", "itemId", "updatedAt" FROM "ExamResponse";
DROP TABLE "ExamResponse";
ALTER TABLE "new_ExamResponse" RENAME TO "ExamResponse";
CREATE INDEX "ExamResponse_itemId_idx" ON "ExamResponse"("itemId");
CREATE UNIQUE INDEX "ExamResponse_attemptId_itemId_key" ON "ExamResponse"("attemptId", "itemId");
CREATE TABLE "new_ExamItemVersion" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "examSlug" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ExamItemVersion" ("content", "createdAt", "examSlug", "hash", "itemId") SELECT "content", "createdAt", "examSlug", "hash", "itemId" FROM "ExamItemVersion";
DROP TABLE "ExamItemVersion";
ALTER TABLE "new_ExamItemVersion" RENAME TO "ExamItemVersion";
CREATE INDEX "ExamItemVersion_examSlug_itemId_idx" ON "ExamItemVersion"("examSlug", "itemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateTable
CREATE TABLE "ExamAppeal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "itemHash" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "resolution" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ExamAppeal_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "ExamAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExamItemVoid" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "examSlug" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "appealId" TEXT NOT NULL,
    "voidedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ExamAppeal_status_createdAt_idx" ON "ExamAppeal"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExamAppeal_attemptId_itemId_key" ON "ExamAppeal"("attemptId", "itemId");

-- CreateIndex
CREATE INDEX "ExamItemVoid_examSlug_idx" ON "ExamItemVoid"("examSlug");

-- Item bank (issue 16.2): item versions by content hash, review exposure.
ALTER TABLE "ExamAttempt" ADD COLUMN "reviewedAt" DATETIME;
ALTER TABLE "ExamResponse" ADD COLUMN "itemHash" TEXT;
CREATE TABLE "ExamItemVersion" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "examSlug" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX "ExamItemVersion_examSlug_itemId_idx" ON "ExamItemVersion"("examSlug", "itemId");

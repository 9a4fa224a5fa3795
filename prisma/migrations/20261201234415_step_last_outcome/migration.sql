-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LabStepResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "hintsUsed" INTEGER NOT NULL DEFAULT 0,
    "firstAttemptAt" DATETIME,
    "passedAt" DATETIME,
    "lastFeedback" TEXT,
    "lastPassed" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LabStepResult_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LabSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LabStepResult" ("attempts", "firstAttemptAt", "hintsUsed", "id", "lastFeedback", "passed", "passedAt", "sessionId", "stepId", "updatedAt") SELECT "attempts", "firstAttemptAt", "hintsUsed", "id", "lastFeedback", "passed", "passedAt", "sessionId", "stepId", "updatedAt" FROM "LabStepResult";
DROP TABLE "LabStepResult";
ALTER TABLE "new_LabStepResult" RENAME TO "LabStepResult";
-- Results recorded before: the latest outcome was not kept; show what they showed before.
UPDATE "LabStepResult" SET "lastPassed" = "passed";
CREATE UNIQUE INDEX "LabStepResult_sessionId_stepId_key" ON "LabStepResult"("sessionId", "stepId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

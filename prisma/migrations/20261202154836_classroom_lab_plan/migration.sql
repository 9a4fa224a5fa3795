-- AlterTable
ALTER TABLE "LabSession" ADD COLUMN "poolPlanId" TEXT;

-- CreateTable
CREATE TABLE "ClassroomLabPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "labSlug" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClassroomLabPlan_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassroomSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClassroomLabPlan_sessionId_idx" ON "ClassroomLabPlan"("sessionId");

-- CreateIndex
CREATE INDEX "LabSession_poolPlanId_status_idx" ON "LabSession"("poolPlanId", "status");

-- sqlite-migrations: 20261202154836_classroom_lab_plan
-- AlterTable
ALTER TABLE "LabSession" ADD COLUMN     "poolPlanId" TEXT;

-- CreateTable
CREATE TABLE "ClassroomLabPlan" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "day" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "labSlug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassroomLabPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClassroomLabPlan_sessionId_idx" ON "ClassroomLabPlan"("sessionId");

-- CreateIndex
CREATE INDEX "LabSession_poolPlanId_status_idx" ON "LabSession"("poolPlanId", "status");

-- AddForeignKey
ALTER TABLE "ClassroomLabPlan" ADD CONSTRAINT "ClassroomLabPlan_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ClassroomSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

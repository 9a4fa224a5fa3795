-- AlterTable
ALTER TABLE "LabSession" ADD COLUMN "clientIp" TEXT;

-- CreateTable
CREATE TABLE "LabQueueEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "labSlug" TEXT NOT NULL,
    "clientIp" TEXT,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "sessionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "LabQueueEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LabAdmissionLock" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "LabQueueEntry_status_id_idx" ON "LabQueueEntry"("status", "id");

-- CreateIndex
CREATE INDEX "LabQueueEntry_userId_labSlug_status_idx" ON "LabQueueEntry"("userId", "labSlug", "status");

-- CreateIndex
CREATE INDEX "LabQueueEntry_clientIp_status_idx" ON "LabQueueEntry"("clientIp", "status");

-- CreateIndex
CREATE INDEX "LabSession_clientIp_status_idx" ON "LabSession"("clientIp", "status");


-- The admission lock's one row (admission/queries.ts also creates it when missing).
INSERT INTO "LabAdmissionLock" ("id", "version") VALUES (1, 0);

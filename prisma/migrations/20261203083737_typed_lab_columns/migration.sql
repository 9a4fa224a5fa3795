-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LabSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "labSlug" TEXT NOT NULL,
    "labVersion" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'provisioning',
    "subnet" TEXT,
    "variables" JSONB NOT NULL DEFAULT '{}',
    "progress" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "provisioner" TEXT,
    "extensions" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "terminalAt" DATETIME,
    "readyAt" DATETIME,
    "claimedAt" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    "hardExpiresAt" DATETIME NOT NULL,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "clientIp" TEXT,
    "poolPlanId" TEXT,
    CONSTRAINT "LabSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LabSession" ("claimedAt", "clientIp", "createdAt", "error", "expiresAt", "extensions", "finishedAt", "hardExpiresAt", "id", "labSlug", "labVersion", "lastActivityAt", "poolPlanId", "progress", "provisioner", "readyAt", "status", "subnet", "terminalAt", "userId", "variables") SELECT "claimedAt", "clientIp", "createdAt", "error", "expiresAt", "extensions", "finishedAt", "hardExpiresAt", "id", "labSlug", "labVersion", "lastActivityAt", "poolPlanId", "progress", "provisioner", "readyAt", "status", "subnet", "terminalAt", "userId", "variables" FROM "LabSession";
DROP TABLE "LabSession";
ALTER TABLE "new_LabSession" RENAME TO "LabSession";
CREATE UNIQUE INDEX "LabSession_subnet_key" ON "LabSession"("subnet");
CREATE INDEX "LabSession_userId_labSlug_status_idx" ON "LabSession"("userId", "labSlug", "status");
CREATE INDEX "LabSession_status_expiresAt_idx" ON "LabSession"("status", "expiresAt");
CREATE INDEX "LabSession_labSlug_userId_status_idx" ON "LabSession"("labSlug", "userId", "status");
CREATE INDEX "LabSession_clientIp_status_idx" ON "LabSession"("clientIp", "status");
CREATE INDEX "LabSession_poolPlanId_status_idx" ON "LabSession"("poolPlanId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

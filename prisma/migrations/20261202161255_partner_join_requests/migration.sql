-- CreateTable
CREATE TABLE "PartnerJoinRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "pendingKey" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PartnerJoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartnerJoinRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerJoinRequest_pendingKey_key" ON "PartnerJoinRequest"("pendingKey");

-- CreateIndex
CREATE INDEX "PartnerJoinRequest_organizationId_status_idx" ON "PartnerJoinRequest"("organizationId", "status");

-- CreateIndex
CREATE INDEX "PartnerJoinRequest_userId_idx" ON "PartnerJoinRequest"("userId");

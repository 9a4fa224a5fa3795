-- CreateTable
CREATE TABLE "SignUpAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ip" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "SignUpAttempt_ip_createdAt_idx" ON "SignUpAttempt"("ip", "createdAt");

-- Accounts made before verification existed keep counting for their partner.
UPDATE "User" SET "emailVerified" = CURRENT_TIMESTAMP WHERE "emailVerified" IS NULL;

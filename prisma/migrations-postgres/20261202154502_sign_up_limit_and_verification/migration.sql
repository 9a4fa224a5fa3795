-- sqlite-migrations: 20261202154502_sign_up_limit_and_verification
-- CreateTable
CREATE TABLE "SignUpAttempt" (
    "id" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignUpAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignUpAttempt_ip_createdAt_idx" ON "SignUpAttempt"("ip", "createdAt");

-- Accounts made before verification existed keep counting for their partner.
UPDATE "User" SET "emailVerified" = CURRENT_TIMESTAMP WHERE "emailVerified" IS NULL;

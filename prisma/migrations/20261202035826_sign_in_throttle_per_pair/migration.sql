-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN "throttled" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "SignInAttempt_email_ip_createdAt_idx" ON "SignInAttempt"("email", "ip", "createdAt");

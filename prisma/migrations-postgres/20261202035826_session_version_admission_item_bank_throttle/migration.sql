-- sqlite-migrations: 20261202033022_session_version 20261202033228_lab_admission_queue 20261202035500_item_bank 20261202035826_sign_in_throttle_per_pair
-- AlterTable
ALTER TABLE "ExamAttempt" ADD COLUMN     "reviewedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ExamResponse" ADD COLUMN     "itemHash" TEXT;

-- AlterTable
ALTER TABLE "LabSession" ADD COLUMN     "clientIp" TEXT;

-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "throttled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LabQueueEntry" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "labSlug" TEXT NOT NULL,
    "clientIp" TEXT,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "sessionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "LabQueueEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabAdmissionLock" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LabAdmissionLock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamItemVersion" (
    "hash" TEXT NOT NULL,
    "examSlug" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamItemVersion_pkey" PRIMARY KEY ("hash")
);

-- CreateIndex
CREATE INDEX "LabQueueEntry_status_id_idx" ON "LabQueueEntry"("status", "id");

-- CreateIndex
CREATE INDEX "LabQueueEntry_userId_labSlug_status_idx" ON "LabQueueEntry"("userId", "labSlug", "status");

-- CreateIndex
CREATE INDEX "LabQueueEntry_clientIp_status_idx" ON "LabQueueEntry"("clientIp", "status");

-- CreateIndex
CREATE INDEX "ExamItemVersion_examSlug_itemId_idx" ON "ExamItemVersion"("examSlug", "itemId");

-- CreateIndex
CREATE INDEX "LabSession_clientIp_status_idx" ON "LabSession"("clientIp", "status");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_ip_createdAt_idx" ON "SignInAttempt"("email", "ip", "createdAt");

-- AddForeignKey
ALTER TABLE "LabQueueEntry" ADD CONSTRAINT "LabQueueEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The single admission lock row, as in the SQLite migration
INSERT INTO "LabAdmissionLock" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;

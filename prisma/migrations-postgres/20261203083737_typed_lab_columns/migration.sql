-- sqlite-migrations: 20261203083737_typed_lab_columns
-- Hand-edited from Prisma's diff, which drops and re-adds each column (losing every row's value): the columns
-- change type in place, and PostgreSQL rebuilds the indexes that use them.
CREATE TYPE "LabQueueStatus" AS ENUM ('waiting', 'admitted', 'left');
CREATE TYPE "LabSessionStatus" AS ENUM ('provisioning', 'ready', 'expired', 'destroyed', 'failed');
CREATE TYPE "JoinRequestStatus" AS ENUM ('pending', 'approved', 'declined');

ALTER TABLE "LabQueueEntry"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "LabQueueStatus" USING "status"::"LabQueueStatus",
  ALTER COLUMN "status" SET DEFAULT 'waiting';

ALTER TABLE "LabSession"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "LabSessionStatus" USING "status"::"LabSessionStatus",
  ALTER COLUMN "status" SET DEFAULT 'provisioning',
  ALTER COLUMN "variables" DROP DEFAULT,
  ALTER COLUMN "variables" TYPE JSONB USING "variables"::jsonb,
  ALTER COLUMN "variables" SET DEFAULT '{}',
  ALTER COLUMN "progress" DROP DEFAULT,
  ALTER COLUMN "progress" TYPE JSONB USING "progress"::jsonb,
  ALTER COLUMN "progress" SET DEFAULT '[]';

ALTER TABLE "PartnerJoinRequest"
  ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "JoinRequestStatus" USING "status"::"JoinRequestStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

-- sqlite-migrations: 20261203122723_typed_mode_and_kind
-- Hand-edited from Prisma's diff, which drops and re-adds each column (losing every row's value): the values
-- become identifiers (in-person -> in_person, certificate-expiry -> certificate_expiry) and the type changes in place.
CREATE TYPE "ClassroomMode" AS ENUM ('in_person', 'virtual');
CREATE TYPE "NotificationKind" AS ENUM ('certificate_expiry', 'tier_at_risk', 'exam_appeal', 'exam_regrade');

ALTER TABLE "ClassroomSession" ALTER COLUMN "mode" TYPE "ClassroomMode" USING replace("mode", '-', '_')::"ClassroomMode";
ALTER TABLE "Notification" ALTER COLUMN "kind" TYPE "NotificationKind" USING replace("kind", '-', '_')::"NotificationKind";

-- sqlite-migrations: 20261203130144_standard_setting
-- AlterTable
ALTER TABLE "ExamAttempt" ADD COLUMN     "passMarkPercent" DOUBLE PRECISION,
ADD COLUMN     "standardVersion" INTEGER;

-- CreateTable
CREATE TABLE "AngoffRating" (
    "id" TEXT NOT NULL,
    "examSlug" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "itemHash" TEXT NOT NULL,
    "rating" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AngoffRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardSetting" (
    "id" TEXT NOT NULL,
    "examSlug" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "panelCut" DOUBLE PRECISION NOT NULL,
    "standardError" DOUBLE PRECISION NOT NULL,
    "raters" INTEGER NOT NULL,
    "itemMeans" JSONB NOT NULL,
    "adoptedById" TEXT NOT NULL,
    "adoptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StandardSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AngoffRating_examSlug_idx" ON "AngoffRating"("examSlug");

-- CreateIndex
CREATE UNIQUE INDEX "AngoffRating_examSlug_raterId_itemHash_key" ON "AngoffRating"("examSlug", "raterId", "itemHash");

-- CreateIndex
CREATE UNIQUE INDEX "StandardSetting_examSlug_version_key" ON "StandardSetting"("examSlug", "version");

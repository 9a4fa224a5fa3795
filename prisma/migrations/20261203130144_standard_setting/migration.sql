-- AlterTable
ALTER TABLE "ExamAttempt" ADD COLUMN "passMarkPercent" REAL;
ALTER TABLE "ExamAttempt" ADD COLUMN "standardVersion" INTEGER;

-- CreateTable
CREATE TABLE "AngoffRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "examSlug" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "itemHash" TEXT NOT NULL,
    "rating" REAL NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StandardSetting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "examSlug" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "panelCut" REAL NOT NULL,
    "standardError" REAL NOT NULL,
    "raters" INTEGER NOT NULL,
    "itemMeans" JSONB NOT NULL,
    "adoptedById" TEXT NOT NULL,
    "adoptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "AngoffRating_examSlug_idx" ON "AngoffRating"("examSlug");

-- CreateIndex
CREATE UNIQUE INDEX "AngoffRating_examSlug_raterId_itemHash_key" ON "AngoffRating"("examSlug", "raterId", "itemHash");

-- CreateIndex
CREATE UNIQUE INDEX "StandardSetting_examSlug_version_key" ON "StandardSetting"("examSlug", "version");

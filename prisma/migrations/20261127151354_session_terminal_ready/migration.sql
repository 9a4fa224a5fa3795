-- AlterTable
ALTER TABLE "LabSession" ADD COLUMN "terminalAt" DATETIME;

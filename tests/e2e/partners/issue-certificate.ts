// E2E helper: certifies a user through the certificates module's own issue function, standing in
// for a passed exam attempt (the exam journey itself is covered by the exams specs).
//   DATABASE_URL=file:./data/e2e-3100.db npx tsx --import ./scripts/server-only-hook.mjs tests/e2e/partners/issue-certificate.ts <email>
import { randomUUID } from "node:crypto";
import { db } from "@/src/server/db";
import { issueCertificate } from "@/src/modules/certificates/issue-certificate";
import { loadExamDir } from "@/src/modules/exams/load-exam";

const email = process.argv[2];
const { loaded, issues } = await loadExamDir("content/exams/certified-professional-camera-cybersecurity");
if (!loaded) throw new Error(`exam does not load: ${issues[0]?.message}`);
const holder = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true } });
const attempt = {
  id: `e2e-${randomUUID()}`,
  examVersion: loaded.exam.version,
  submittedAt: new Date(),
  scorePercent: 85,
  topicScores: {},
  practical: [],
};
const certificate = await issueCertificate(attempt, loaded.exam, holder);
console.log(certificate.id);
await db.$disconnect();

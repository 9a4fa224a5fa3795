// E2E helper: sits the certification exam for a user through the exams module's own functions, answering
// all but `wrong` items correctly (no practical), and prints the graded attempt's id.
//   DATABASE_URL=file:./data/e2e-3100.db npx tsx --import ./scripts/server-only-hook.mjs tests/e2e/exams/sit-failing-attempt.ts <email> <wrong>
import { db } from "@/src/server/db";
import { finishAttempt } from "@/src/modules/exams/finish-attempt";
import { getExam } from "@/src/modules/exams/get-exam";
import { findAttempt } from "@/src/modules/exams/queries";
import { recordAnswer } from "@/src/modules/exams/record-answer";
import { startAttempt } from "@/src/modules/exams/start-attempt";

const [email, wrong, slug = "certified-professional-camera-cybersecurity"] = process.argv.slice(2);
const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
const started = await startAttempt(user.id, slug);
if (!started.ok) throw new Error(started.reasons.join(" "));
const exam = (await getExam(slug))!;
const paper = (await findAttempt(started.attemptId))!.paper;
// The wrong ones are the last single-choice items: a wrong choice there is one other option.
const single = paper.flatMap((e, position) => (exam.itemsById.get(e.itemId)!.type === "single" ? [position] : []));
const missed = new Set(single.slice(-Number(wrong)));
for (const [position, entry] of paper.entries()) {
  const key = exam.itemsById.get(entry.itemId)!.key;
  const answer = missed.has(position) ? [key[0] === 0 ? 1 : 0] : key;
  await recordAnswer(user.id, { attemptId: started.attemptId, position, answer: answer.map((i) => entry.order.indexOf(i)) });
}
await finishAttempt((await findAttempt(started.attemptId))!, "submitted");
console.log(started.attemptId);
await db.$disconnect();

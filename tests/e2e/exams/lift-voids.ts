// E2E helper: lifts the item voids that one candidate's accepted appeals made, so journeys that run after the
// appeal journey on the same server grade the bank as authored (a void applies to every attempt by design).
//   DATABASE_URL=file:./data/e2e-3100.db npx tsx --import ./scripts/server-only-hook.mjs tests/e2e/exams/lift-voids.ts <email>
import { db } from "@/src/server/db";

const appeals = await db.examAppeal.findMany({ where: { attempt: { user: { email: process.argv[2] } } }, select: { id: true } });
const { count } = await db.examItemVoid.deleteMany({ where: { appealId: { in: appeals.map((a) => a.id) } } });
console.log(String(count)); // a number would be coloured under FORCE_COLOR
await db.$disconnect();

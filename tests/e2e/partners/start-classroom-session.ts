// E2E helper: moves a classroom session's day 1 into the past (sessions can only be scheduled and
// enrolled in the future), so that both days have started and attendance can be marked.
//   DATABASE_URL=... npx tsx tests/e2e/partners/start-classroom-session.ts <session-id> <hours-ago>
import { createPrismaClient } from "../../../src/server/db-client";

const db = createPrismaClient();
const [sessionId, hoursAgo] = process.argv.slice(2);
await db.classroomSession.update({ where: { id: sessionId }, data: { startsAt: new Date(Date.now() - Number(hoursAgo) * 3_600_000) } });
await db.$disconnect();

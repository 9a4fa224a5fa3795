// E2E helper: writes lab progress rows as the labs runtime would after a learner's checks, so the
// cohort view can be tested without starting containers. By default the session is recorded as
// already destroyed so the reaper leaves it alone; the cohort view then shows it as the last lab.
//   DATABASE_URL=... npx tsx tests/e2e/partners/record-lab-progress.ts start <email> <lab-slug> [status]
//   DATABASE_URL=... npx tsx tests/e2e/partners/record-lab-progress.ts pass <session-id> <step-id>
import type { LabSessionStatus } from "@prisma/client";
import { createPrismaClient } from "../../../src/server/db-client";

const db = createPrismaClient();
const [command, a, b, given = "destroyed"] = process.argv.slice(2);
const status = given as LabSessionStatus;
const now = new Date();
if (command === "start") {
  const user = await db.user.findUniqueOrThrow({ where: { email: a }, select: { id: true } });
  const session = await db.labSession.create({
    data: {
      userId: user.id,
      labSlug: b,
      status,
      expiresAt: new Date(now.getTime() + 3_600_000),
      hardExpiresAt: new Date(now.getTime() + 7_200_000),
      finishedAt: status === "destroyed" ? now : null,
    },
    select: { id: true },
  });
  console.log(session.id);
} else if (command === "pass") {
  await db.labStepResult.upsert({
    where: { sessionId_stepId: { sessionId: a, stepId: b } },
    create: { sessionId: a, stepId: b, passed: true, attempts: 1, hintsUsed: 1, firstAttemptAt: now, passedAt: now },
    update: { passed: true, passedAt: now },
  });
  await db.labSession.update({ where: { id: a }, data: { lastActivityAt: now } });
} else {
  throw new Error("usage: start <email> <lab> | pass <session> <step>");
}
await db.$disconnect();

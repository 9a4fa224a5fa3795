// Read by other modules (CONTRACTS: trainers' cohort view, partners' compliance, exams' practical part) and
// the catalogue page: what learners did in their labs.
import "server-only";
import { db } from "@/src/server/db";
import { getLab } from "../catalog";
import type { SessionStatus } from "../schema";

export async function getLabProgressForUsers(userIds: string[]) {
  if (userIds.length === 0) return [];
  const sessions = await db.labSession.findMany({
    where: { userId: { in: userIds } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      userId: true,
      labSlug: true,
      status: true,
      createdAt: true,
      lastActivityAt: true,
      steps: { select: { passed: true, hintsUsed: true, updatedAt: true } },
    },
  });
  const latest = new Map<string, (typeof sessions)[number]>();
  for (const s of sessions) if (!latest.has(`${s.userId}:${s.labSlug}`)) latest.set(`${s.userId}:${s.labSlug}`, s);
  return Promise.all(
    [...latest.values()].map(async (s) => {
      const lab = await getLab(s.labSlug);
      const stepTimes = s.steps.map((r) => r.updatedAt.getTime());
      return {
        userId: s.userId!,
        labSlug: s.labSlug,
        sessionId: s.id,
        status: s.status as SessionStatus,
        stepsPassed: s.steps.filter((r) => r.passed).length,
        stepsTotal: lab?.steps.length ?? s.steps.length,
        hintsUsed: s.steps.reduce((n, r) => n + r.hintsUsed, 0),
        startedAt: s.createdAt,
        lastActivityAt: new Date(Math.max(s.lastActivityAt.getTime(), ...stepTimes)),
      };
    }),
  );
}

/** Every check run of these sessions up to `until` (exams: the practical part's transcript). */
export function listCheckRuns(sessionIds: string[], until: Date) {
  return db.labCheckRun.findMany({
    where: { sessionId: { in: sessionIds }, checkedAt: { lte: until } },
    orderBy: { checkedAt: "asc" },
    select: { sessionId: true, stepId: true, passed: true, feedback: true, checkedAt: true },
  });
}

export function listSessionsForCatalogue(userId: string) {
  return db.labSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, labSlug: true, status: true, createdAt: true, expiresAt: true, steps: { select: { passed: true } } },
  });
}

import "server-only";
import { db } from "@/src/server/db";
import type { Cutoffs } from "./retention";
import type { LabSessionStatus } from "@prisma/client";

/** The database-wide figures /api/metrics reports (every app process sees the same). */
export async function readOperationalCounts(now = new Date()) {
  const [labs, queued, examsInProgress, signInFailures] = await Promise.all([
    db.labSession.groupBy({ by: ["status"], where: { status: { in: ["provisioning", "ready"] } }, _count: { _all: true } }),
    db.labQueueEntry.count({ where: { status: "waiting" } }), // queued starts are admission's, not sessions

    db.examAttempt.count({ where: { status: "in_progress", deadlineAt: { gt: now } } }),
    db.signInAttempt.count({ where: { success: false, createdAt: { gt: new Date(now.getTime() - 15 * 60_000) } } }),
  ]);
  return {
    labs: { ...Object.fromEntries(labs.map((l) => [l.status, l._count._all])), queued } as Record<string, number>,
    examsInProgress,
    signInFailures,
  };
}

const FINISHED: LabSessionStatus[] = ["expired", "destroyed", "failed"];

/**
 * Retention: sign-in attempts and audit rows past their period, invites expired or revoked long ago, expired
 * Auth.js sessions and tokens, and the provisioning event logs of lab sessions finished long ago (the session
 * row, its step results and graded check runs stay: they are progress and certificate evidence). Warm-pool
 * sessions nobody claimed have nothing worth keeping.
 */
export async function deleteExpiredRows(c: Cutoffs) {
  const finishedLongAgo = { status: { in: FINISHED }, finishedAt: { lt: c.labEvents } };
  const [signIns, audit, invites, authSessions, tokens, unclaimedLabs, labEventLogs] = await db.$transaction([
    db.signInAttempt.deleteMany({ where: { createdAt: { lt: c.signIns } } }),
    db.auditLog.deleteMany({ where: { createdAt: { lt: c.audit } } }),
    db.partnerInvite.deleteMany({ where: { OR: [{ expiresAt: { lt: c.invites } }, { revokedAt: { lt: c.invites } }] } }),
    db.session.deleteMany({ where: { expires: { lt: c.now } } }),
    db.verificationToken.deleteMany({ where: { expires: { lt: c.now } } }),
    db.labSession.deleteMany({ where: { ...finishedLongAgo, userId: null } }),
    db.labSession.updateMany({ where: { ...finishedLongAgo, progress: { not: [] } }, data: { progress: [] } }),
  ]);
  return {
    signInAttempts: signIns.count,
    auditLog: audit.count,
    partnerInvites: invites.count,
    authSessions: authSessions.count,
    verificationTokens: tokens.count,
    unclaimedLabSessions: unclaimedLabs.count,
    labEventLogs: labEventLogs.count,
  };
}

/** SQLite keeps freed pages in the file: give them back when a quarter or more of it is free. */
export async function compactSqliteIfWorthIt(): Promise<boolean> {
  if (!(process.env.DATABASE_URL ?? "file:").startsWith("file:")) return false; // PostgreSQL: autovacuum
  const [{ free }] = await db.$queryRawUnsafe<{ free: bigint }[]>("SELECT freelist_count AS free FROM pragma_freelist_count");
  const [{ pages }] = await db.$queryRawUnsafe<{ pages: bigint }[]>("SELECT page_count AS pages FROM pragma_page_count");
  if (Number(free) < Number(pages) / 4) return false;
  await db.$executeRawUnsafe("VACUUM");
  return true;
}

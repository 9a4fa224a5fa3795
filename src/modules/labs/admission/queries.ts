import "server-only";
import { db } from "@/src/server/db";
import type { Tx } from "@/src/server/db-lock";
import { ACTIVE_STATUSES } from "../schema";

// Decisions queue in the process before they take a connection: a burst larger than the PostgreSQL pool
// would otherwise hold every connection waiting for the lock, while the holder needs one more for `db`.
let inProcess: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` as the only admission decision in flight, across processes: the transaction first writes the
 * lock row, which takes SQLite's write lock (PostgreSQL: that row's lock) until it commits. Rows that `fn`
 * creates through other helpers (they use `db`) commit before the lock is released: on SQLite they share
 * the one connection and so this transaction; on PostgreSQL they commit on their own.
 */
export function withAdmissionLock<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const run = inProcess.then(() =>
    db.$transaction(
      async (tx) => {
        const bump = () => tx.$executeRaw`UPDATE "LabAdmissionLock" SET "version" = "version" + 1 WHERE "id" = 1`;
        if ((await bump()) === 0) {
          await tx.$executeRaw`INSERT INTO "LabAdmissionLock" ("id", "version") VALUES (1, 0) ON CONFLICT ("id") DO NOTHING`;
          await bump();
        }
        return fn(tx);
      },
      { maxWait: 60_000, timeout: 60_000 },
    ),
  );
  inProcess = run.catch(() => undefined);
  return run;
}

const entrySelect = { id: true, userId: true, labSlug: true, clientIp: true, status: true, sessionId: true, createdAt: true } as const;

export function findOwnActiveSession(tx: Tx, userId: string, labSlug: string) {
  return tx.labSession.findFirst({
    where: { userId, labSlug, status: { in: ACTIVE_STATUSES } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
}

export function findWaitingEntry(tx: Tx, userId: string, labSlug: string) {
  return tx.labQueueEntry.findFirst({ where: { userId, labSlug, status: "waiting" }, select: entrySelect });
}

export function findLatestEntry(userId: string, labSlug: string) {
  return db.labQueueEntry.findFirst({ where: { userId, labSlug }, select: entrySelect, orderBy: { id: "desc" } });
}

/** Everything a start decision needs, read inside the lock. */
export async function readStartState(tx: Tx, userId: string, clientIp: string | null, labSlug: string) {
  const active = { status: { in: ACTIVE_STATUSES } };
  const [running, waiting, learnerRunning, learnerWaiting, ipRunning, ipWaiting, pooled] = await Promise.all([
    tx.labSession.count({ where: active }),
    tx.labQueueEntry.count({ where: { status: "waiting" } }),
    tx.labSession.count({ where: { ...active, userId } }),
    tx.labQueueEntry.count({ where: { status: "waiting", userId } }),
    clientIp === null ? 0 : tx.labSession.count({ where: { ...active, clientIp } }),
    clientIp === null ? 0 : tx.labQueueEntry.count({ where: { status: "waiting", clientIp } }),
    tx.labSession.count({ where: { labSlug, userId: null, poolPlanId: null, status: "ready" } }),
  ]);
  return {
    running,
    waiting,
    learnerHeld: learnerRunning + learnerWaiting,
    ipHeld: clientIp === null ? null : ipRunning + ipWaiting,
    pooledReady: pooled > 0,
  };
}

export function enqueue(tx: Tx, userId: string, labSlug: string, clientIp: string | null) {
  return tx.labQueueEntry.create({ data: { userId, labSlug, clientIp }, select: entrySelect });
}

export function listWaiting(tx: Tx) {
  return tx.labQueueEntry.findMany({ where: { status: "waiting" }, select: entrySelect, orderBy: { id: "asc" } });
}

export function countWaiting(tx: Tx) {
  return tx.labQueueEntry.count({ where: { status: "waiting" } });
}

export function countRunning(tx: Tx) {
  return tx.labSession.count({ where: { status: { in: ACTIVE_STATUSES } } });
}

export async function countPooledReady(tx: Tx, labSlugs: string[]): Promise<Record<string, number>> {
  const rows = await tx.labSession.groupBy({
    by: ["labSlug"],
    where: { labSlug: { in: labSlugs }, userId: null, poolPlanId: null, status: "ready" },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.labSlug, r._count._all]));
}

export function markAdmitted(tx: Tx, id: number, sessionId: string) {
  return tx.labQueueEntry.updateMany({ where: { id, status: "waiting" }, data: { status: "admitted", sessionId, endedAt: new Date() } });
}

export function markLeft(tx: Tx, id: number) {
  return tx.labQueueEntry.updateMany({ where: { id, status: "waiting" }, data: { status: "left", endedAt: new Date() } });
}

export function leaveQueueEntry(userId: string, labSlug: string) {
  return db.labQueueEntry.updateMany({ where: { userId, labSlug, status: "waiting" }, data: { status: "left", endedAt: new Date() } });
}

/** Entries whose page has not been seen since `before` lapse: an absent learner would hold a lab idle. */
export function lapseUnseen(tx: Tx, before: Date) {
  return tx.labQueueEntry.updateMany({
    where: { status: "waiting", seenAt: { lt: before } },
    data: { status: "left", endedAt: new Date() },
  });
}

export function setSessionClientIp(tx: Tx, sessionId: string, clientIp: string | null) {
  return tx.labSession.update({ where: { id: sessionId }, data: { clientIp }, select: { id: true } });
}

export function touchEntry(id: number, at = new Date()) {
  return db.labQueueEntry.updateMany({ where: { id, status: "waiting" }, data: { seenAt: at } });
}

export function countWaitingUpTo(id: number) {
  return db.labQueueEntry.count({ where: { status: "waiting", id: { lte: id } } });
}

export function countAllWaiting() {
  return db.labQueueEntry.count({ where: { status: "waiting" } });
}

/** Running learner labs, for the wait estimate (a claimed pooled session started when it was claimed). */
export function listRunningLabs() {
  return db.labSession.findMany({
    where: { status: { in: ACTIVE_STATUSES } },
    select: { createdAt: true, claimedAt: true, expiresAt: true },
  });
}

/** Lengths of the latest ended learner sessions, in ms. */
export async function recentSessionLengths(take = 50): Promise<number[]> {
  const rows = await db.labSession.findMany({
    where: { userId: { not: null }, finishedAt: { not: null }, status: { in: ["expired", "destroyed"] } },
    select: { createdAt: true, claimedAt: true, finishedAt: true },
    orderBy: { finishedAt: "desc" },
    take,
  });
  return rows.map((r) => r.finishedAt!.getTime() - (r.claimedAt ?? r.createdAt).getTime());
}

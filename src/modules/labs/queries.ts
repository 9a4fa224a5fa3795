import "server-only";
import os from "node:os";
import { db } from "@/src/server/db";
import type { Tx } from "@/src/server/db-lock";
import { ACTIVE_STATUSES, toSessionRow, type ProgressEvent, type SessionStatus } from "./schema";

/** Which process provisions a session: after a crash, a restart on the same host can tell its own orphans. */
const PROVISIONER = `${os.hostname()}:${process.pid}`;

export type { ProgressEvent } from "./schema";

const sessionSelect = {
  id: true,
  userId: true,
  labSlug: true,
  status: true,
  subnet: true,
  variables: true,
  progress: true,
  error: true,
  extensions: true,
  createdAt: true,
  terminalAt: true,
  readyAt: true,
  expiresAt: true,
  hardExpiresAt: true,
  lastActivityAt: true,
  finishedAt: true,
} as const;

export type LabSessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

const typed = <T extends Parameters<typeof toSessionRow>[0]>(row: T | null) => (row ? toSessionRow(row) : null);

export async function findSession(id: string) {
  return typed(await db.labSession.findUnique({ where: { id }, select: sessionSelect }));
}

export async function findActiveSession(userId: string, labSlug: string, order: "asc" | "desc" = "desc") {
  return typed(
    await db.labSession.findFirst({
      where: { userId, labSlug, status: { in: ACTIVE_STATUSES } },
      select: sessionSelect,
      orderBy: [{ createdAt: order }, { id: order }],
    }),
  );
}

export async function findLatestSession(userId: string, labSlug: string) {
  return typed(await db.labSession.findFirst({ where: { userId, labSlug }, select: sessionSelect, orderBy: { createdAt: "desc" } }));
}

export async function usedSubnets(): Promise<Set<string>> {
  const rows = await db.labSession.findMany({ where: { subnet: { not: null } }, select: { subnet: true } });
  return new Set(rows.map((r) => r.subnet!));
}

export async function createSession(data: {
  userId: string | null;
  labSlug: string;
  labVersion: string;
  subnet: string;
  variables: Record<string, string>;
  expiresAt: Date;
  hardExpiresAt: Date;
  poolPlanId?: string | null;
}) {
  return toSessionRow(await db.labSession.create({ data: { ...data, provisioner: PROVISIONER }, select: sessionSelect }));
}

export async function updateSession(
  id: string,
  data: {
    status?: SessionStatus;
    error?: string | null;
    terminalAt?: Date;
    readyAt?: Date;
    expiresAt?: Date;
    extensions?: number;
    finishedAt?: Date;
    subnet?: null;
  },
) {
  return toSessionRow(await db.labSession.update({ where: { id }, data, select: sessionSelect }));
}

/** Only moves a session that is still in one of `from` (so two processes never both act on it). */
export async function transitionSession(
  id: string,
  from: SessionStatus[],
  data: { status: SessionStatus; error?: string; finishedAt?: Date },
) {
  const { count } = await db.labSession.updateMany({ where: { id, status: { in: from } }, data });
  return count === 1;
}

export function setSubnet(id: string, subnet: string) {
  return db.labSession.update({ where: { id }, data: { subnet }, select: { id: true } });
}

export function releaseSubnet(id: string) {
  return db.labSession.update({ where: { id }, data: { subnet: null }, select: { id: true } });
}

/** The session's stored progress with one more event, stamped `at`. */
const withEvent = (row: { progress: unknown } | null, event: Omit<ProgressEvent, "at">, at: Date) => [
  ...(row ? toSessionRow({ variables: {}, progress: row.progress }).progress : []),
  { ...event, at: at.toISOString() },
];

export async function appendProgress(id: string, event: Omit<ProgressEvent, "at">) {
  const row = await db.labSession.findUnique({ where: { id }, select: { progress: true } });
  await db.labSession.update({ where: { id }, data: { progress: withEvent(row, event, new Date()) } });
}

/**
 * Marks a provisioning session ready together with its final progress event, in one transaction: an
 * event stream that sees the status has the event too. False when the session ended meanwhile.
 */
export function markSessionReady(id: string, event: Omit<ProgressEvent, "at">) {
  return db.$transaction(async (tx) => {
    const row = await tx.labSession.findUnique({ where: { id }, select: { progress: true } });
    const at = new Date();
    const { count } = await tx.labSession.updateMany({
      where: { id, status: "provisioning" },
      data: { status: "ready", readyAt: at, progress: withEvent(row, event, at) },
    });
    return count === 1;
  });
}

export function touchSession(id: string, at = new Date()) {
  return db.labSession.updateMany({ where: { id, status: "ready" }, data: { lastActivityAt: at } });
}

export function findSessionsToReap(now: Date, idleBefore: Date, stuckBefore: Date) {
  return db.labSession.findMany({
    where: {
      OR: [
        { status: "ready", OR: [{ expiresAt: { lt: now } }, { userId: { not: null }, lastActivityAt: { lt: idleBefore } }] },
        { status: "provisioning", createdAt: { lt: stuckBefore } },
        { status: { in: ["expired", "destroyed", "failed"] }, subnet: { not: null } },
      ],
    },
    select: { id: true, status: true },
  });
}

export function findSessionStatuses(ids: string[]) {
  return db.labSession.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
}

export function findProvisioningOnHost(host = os.hostname()) {
  return db.labSession.findMany({
    where: { status: "provisioning", provisioner: { startsWith: `${host}:` } },
    select: { id: true, provisioner: true },
  });
}

export function findReadySessionIds() {
  return db.labSession.findMany({ where: { status: "ready" }, select: { id: true } });
}

// ---- warm pool ----
export function countPooled(labSlug: string) {
  return db.labSession.count({ where: { labSlug, userId: null, poolPlanId: null, status: { in: ACTIVE_STATUSES } } });
}

/**
 * Atomically hands one pooled session to a learner: from the generic pool (ready only), or with `planIds`
 * from the classroom blocks the learner attends (one still provisioning will do: its page shows progress).
 */
export async function claimPooled(
  tx: Tx,
  claim: { labSlug: string; userId: string; expiresAt: Date; hardExpiresAt: Date; planIds?: string[] },
) {
  const { labSlug, userId, expiresAt, hardExpiresAt, planIds } = claim;
  const statuses: SessionStatus[] = planIds ? ["ready", "provisioning"] : ["ready"];
  const where = { labSlug, userId: null, poolPlanId: planIds ? { in: planIds } : null, status: { in: statuses } };
  const candidates = await tx.labSession.findMany({ where, select: { id: true, status: true }, orderBy: { createdAt: "asc" }, take: 5 });
  candidates.sort((x, y) => Number(y.status === "ready") - Number(x.status === "ready"));
  for (const c of candidates) {
    const now = new Date();
    const { count } = await tx.labSession.updateMany({
      where: { id: c.id, userId: null, status: { in: statuses } },
      data: { userId, claimedAt: now, expiresAt, hardExpiresAt, lastActivityAt: now },
    });
    if (count === 1) return typed(await tx.labSession.findUnique({ where: { id: c.id }, select: sessionSelect }));
  }
  return null;
}

import "server-only";
import { db } from "@/src/server/db";
import { recordAudit } from "@/src/modules/audit/queries";
import { lockForTransaction } from "@/src/server/db-lock";
import { RATE_LIMIT, type AttemptCounts } from "./rate-limit";
import type { Role } from "./schema";

export type CurrentUser = { id: string; name: string; email: string; role: Role; organizationId: string | null };

const userSelect = { id: true, name: true, email: true, role: true, organizationId: true } as const;

export function findUserById(id: string): Promise<CurrentUser | null> {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

/** The user behind a session token, only while the token's version is current (revocation). */
export function findSessionUser(id: string, sessionVersion: number): Promise<CurrentUser | null> {
  return db.user.findFirst({ where: { id, sessionVersion }, select: userSelect });
}

export function findUserWithPassword(email: string) {
  return db.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true, sessionVersion: true } });
}

export function findPasswordHash(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
}

export function findUserIdByEmail(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true } });
}

export function createUser(data: { name: string; email: string; passwordHash: string; organizationId?: string }) {
  return db.user.create({ data, select: userSelect });
}

/** A new password also ends every session issued so far. */
export function updatePasswordHash(userId: string, passwordHash: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit({ action: "auth.password_changed", actorId: userId, target: userId }, tx);
    return user;
  });
}

/** "Sign out everywhere": every token issued so far carries the old version. */
export function bumpSessionVersion(userId: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit({ action: "auth.signed_out_everywhere", actorId: userId, target: userId }, tx);
    return user;
  });
}

/**
 * Counts earlier failures and records this attempt as a failure in one transaction, one address at a time
 * (SQLite's write lock, PostgreSQL's advisory lock), so parallel guesses see each other before any
 * password is checked.
 */
export async function reserveSignInAttempt(
  email: string,
  ip: string,
  refuse: (counts: AttemptCounts) => string | null,
  now = new Date(),
): Promise<{ attemptId: string; refused: string | null }> {
  const since = new Date(now.getTime() - RATE_LIMIT.windowMs);
  // No upper bound: a reservation whose clock read came before a parallel one's can take the lock after it, and
  // must still count that one (with `lte: now` it did not, and a sixth parallel guess got through on PostgreSQL).
  const failed = { success: false, throttled: false, createdAt: { gte: since } };
  return db.$transaction(async (tx) => {
    await lockForTransaction(tx, `sign-in:${ip}`);
    // The insert comes first: it takes SQLite's write lock, so counting cannot interleave with another reservation.
    const row = await tx.signInAttempt.create({ data: { email, ip, success: false, createdAt: now }, select: { id: true } });
    const mine = { id: { not: row.id } };
    const [pairFailures, pairLast, ipFailures, ipLast] = await Promise.all([
      tx.signInAttempt.count({ where: { ...failed, ...mine, email, ip } }),
      tx.signInAttempt.findFirst({ where: { ...failed, ...mine, email, ip }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
      tx.signInAttempt.count({ where: { ...failed, ...mine, ip } }),
      tx.signInAttempt.findFirst({ where: { ...failed, ...mine, ip }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    ]);
    const refused = refuse({ pairFailures, pairLastFailureAt: pairLast?.createdAt, ipFailures, ipLastFailureAt: ipLast?.createdAt });
    if (refused) await tx.signInAttempt.update({ where: { id: row.id }, data: { throttled: true } });
    return { attemptId: row.id, refused };
  });
}

/** A success clears this (account, IP)'s failures; a failure stays counted. */
export async function settleSignInAttempt(attemptId: string, email: string, ip: string, success: boolean) {
  if (!success) return;
  await db.signInAttempt.update({ where: { id: attemptId }, data: { success: true } });
  await db.signInAttempt.deleteMany({ where: { email, ip, success: false } });
}

/** Admin unlock: forgets every failed attempt for the account, from every IP. */
export async function clearSignInFailures(email: string): Promise<number> {
  return (await db.signInAttempt.deleteMany({ where: { email, success: false } })).count;
}

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/src/server/db";
import { lockForTransaction } from "@/src/server/db-lock";

// Sign-up limits and address verification. Only a hash of a verification token is stored (Auth.js's
// VerificationToken table: identifier = "verify:<userId>"), so a database copy cannot verify anyone.
export const VERIFY_TOKEN_HOURS = 24;
const HOUR = 3_600_000;
export const hashVerifyToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Records this sign-up and says whether the IP is still under its hourly limit, in one transaction. */
export async function reserveSignUpAttempt(ip: string, limit: number, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockForTransaction(tx, `sign-up:${ip}`);
    // The insert first takes SQLite's write lock, so two reservations cannot count at the same time.
    await tx.signUpAttempt.create({ data: { ip, createdAt: now } });
    // No upper bound: a parallel reservation that took the lock first may carry a later `now`, and counts.
    const recent = await tx.signUpAttempt.count({ where: { ip, createdAt: { gt: new Date(now.getTime() - HOUR) } } });
    return recent <= limit;
  });
}

/** A fresh single-use token for the user's address (shown once, in the mail). */
export async function createVerifyToken(userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + VERIFY_TOKEN_HOURS * HOUR);
  await db.verificationToken.create({ data: { identifier: `verify:${userId}`, token: hashVerifyToken(token), expires } });
  return token;
}

/** Consumes the token (deleted whether or not it had expired) and marks the address verified; false if unknown/expired. */
export async function consumeVerifyToken(token: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const hash = hashVerifyToken(token);
    const row = await tx.verificationToken.findUnique({ where: { token: hash } });
    if (!row) return false;
    const gone = await tx.verificationToken.deleteMany({ where: { token: hash } });
    if (gone.count !== 1 || row.expires <= now || !row.identifier.startsWith("verify:")) return false;
    const userId = row.identifier.slice("verify:".length);
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { emailVerified: now } });
    return updated.count === 1;
  });
}

export function findEmailVerified(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
}

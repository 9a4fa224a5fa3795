import "server-only";
import { db } from "@/src/server/db";
import { RATE_LIMIT, type AttemptCounts } from "./rate-limit";
import type { Role } from "./schema";

export type CurrentUser = { id: string; name: string; email: string; role: Role; organizationId: string | null };

const userSelect = { id: true, name: true, email: true, role: true, organizationId: true } as const;

export function findUserById(id: string): Promise<CurrentUser | null> {
  return db.user.findUnique({ where: { id }, select: userSelect });
}

export function findUserWithPassword(email: string) {
  return db.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
}

export function findPasswordHash(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
}

export function findUserIdByEmail(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true } });
}

export function findOrganizationByCode(code: string) {
  return db.organization.findUnique({ where: { code }, select: { id: true, name: true } });
}

export function createUser(data: { name: string; email: string; passwordHash: string; organizationId?: string }) {
  return db.user.create({ data, select: userSelect });
}

export function updatePasswordHash(userId: string, passwordHash: string) {
  return db.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
}

export async function countRecentFailures(email: string, ip: string, now = new Date()): Promise<AttemptCounts> {
  const since = new Date(now.getTime() - RATE_LIMIT.windowMs);
  const [accountFailures, ipFailures, oldest] = await Promise.all([
    db.signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
    db.signInAttempt.findFirst({
      where: { OR: [{ email }, { ip }], success: false, createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  return { accountFailures, ipFailures, oldestFailureAt: oldest?.createdAt };
}

export async function recordSignInAttempt(email: string, ip: string, success: boolean) {
  await db.signInAttempt.create({ data: { email, ip, success } });
  // A success clears the account's failure streak.
  if (success) await db.signInAttempt.deleteMany({ where: { email, success: false } });
}

export function listUsers() {
  return db.user.findMany({ orderBy: { createdAt: "asc" }, select: { ...userSelect, organization: { select: { name: true } } } });
}

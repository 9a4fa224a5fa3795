import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/src/server/db";
import type { PlannedNotification } from "./plan-notifications";

/** Creates the notification unless one with its key exists (the unique key makes this safe across processes). */
export async function createNotificationOnce(n: PlannedNotification): Promise<boolean> {
  try {
    await db.notification.create({ data: n, select: { id: true } });
    return true;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return false;
    throw e;
  }
}

export function listUnmailed(staleClaimBefore: Date, take = 50) {
  return db.notification.findMany({
    where: { emailedAt: null, OR: [{ emailClaimedAt: null }, { emailClaimedAt: { lt: staleClaimBefore } }] },
    orderBy: { createdAt: "asc" },
    take,
    select: { id: true, title: true, body: true, href: true, emailClaimedAt: true, user: { select: { email: true, name: true } } },
  });
}

/** Takes the email for this process: only one claimant wins (conditional on the claim it read). */
export async function claimEmail(id: string, seenClaim: Date | null, now: Date): Promise<boolean> {
  const { count } = await db.notification.updateMany({
    where: { id, emailedAt: null, emailClaimedAt: seenClaim },
    data: { emailClaimedAt: now },
  });
  return count === 1;
}

export function markEmailed(id: string, at = new Date()) {
  return db.notification.update({ where: { id }, data: { emailedAt: at }, select: { id: true } });
}

export function listNotifications(userId: string, take = 5) {
  return db.notification.findMany({
    where: { userId, readAt: null },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, title: true, body: true, href: true, createdAt: true },
  });
}

export async function dismissNotification(userId: string, id: string): Promise<boolean> {
  const { count } = await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return count === 1;
}

/** Partner managers of each organisation (who hear about tier risk). */
export async function listPartnerManagers(): Promise<Map<string, string[]>> {
  const rows = await db.user.findMany({
    where: { role: "PARTNER_MANAGER", organizationId: { not: null } },
    select: { id: true, organizationId: true },
  });
  const byOrg = new Map<string, string[]>();
  for (const r of rows) byOrg.set(r.organizationId!, [...(byOrg.get(r.organizationId!) ?? []), r.id]);
  return byOrg;
}

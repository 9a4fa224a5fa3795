import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/src/server/db";
import type { Role } from "@/src/modules/accounts/schema";

export function listUsersForAdmin() {
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      organizationId: true,
      organization: { select: { name: true } },
    },
  });
}

/** Returns the previous role, or null when the user does not exist. */
export async function setUserRole(userId: string, role: Role): Promise<Role | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) return null;
    await tx.user.update({ where: { id: userId }, data: { role } });
    return user.role as Role;
  });
}

/** False when the user or the organisation does not exist. */
export async function setUserOrganization(userId: string, organizationId: string | null): Promise<boolean> {
  try {
    const { count } = await db.user.updateMany({ where: { id: userId }, data: { organizationId } });
    return count === 1;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2003") return false; // no such organisation
    throw e;
  }
}

export function listOrganizations() {
  return db.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, code: true, tier: true, _count: { select: { users: true } } },
  });
}

export async function createOrganization(data: { name: string; code: string; tier: string }): Promise<"created" | "duplicate"> {
  try {
    await db.organization.create({ data });
    return "created";
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return "duplicate";
    throw e;
  }
}

export async function setOrganizationTier(organizationId: string, tier: string): Promise<string | null> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { tier: true } });
  if (!org) return null;
  await db.organization.update({ where: { id: organizationId }, data: { tier } });
  return org.tier;
}

/** Lab sessions that hold (or are about to hold) containers. */
export function listLabSessionsInFlight() {
  return db.labSession.findMany({
    where: { status: { in: ["provisioning", "ready"] } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      labSlug: true,
      status: true,
      createdAt: true,
      expiresAt: true,
      lastActivityAt: true,
      user: { select: { name: true, email: true } },
    },
  });
}

export async function countsForAdmin() {
  const [users, organizations, labs, certificates, audit] = await Promise.all([
    db.user.count(),
    db.organization.count(),
    db.labSession.count({ where: { status: { in: ["provisioning", "ready"] } } }),
    db.certificate.count({ where: { revokedAt: null } }),
    db.auditLog.count(),
  ]);
  return { users, organizations, labs, certificates, audit };
}

/** id -> email, to show who acted in the audit log. */
export async function findUserEmails(ids: string[]): Promise<Map<string, string>> {
  const rows = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, email: true } });
  return new Map(rows.map((r) => [r.id, r.email]));
}

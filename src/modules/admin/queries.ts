import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/src/server/db";
import { recordAudit } from "@/src/modules/audit/queries";
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

// Each change below commits with its audit row (actorId: the admin), or neither does.

/** Returns the previous role, or null when the user does not exist. */
export async function setUserRole(userId: string, role: Role, actorId: string): Promise<Role | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) return null;
    if (user.role === role) return role;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit({ action: "user.role_changed", actorId, target: userId, detail: { from: user.role, to: role } }, tx);
    return user.role as Role;
  });
}

/** False when the user or the organisation does not exist. */
export async function setUserOrganization(userId: string, organizationId: string | null, actorId: string): Promise<boolean> {
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({ where: { id: userId }, data: { organizationId } });
      if (count !== 1) return false;
      await recordAudit({ action: "user.organization_changed", actorId, target: userId, detail: { organizationId } }, tx);
      return true;
    });
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

export async function createOrganization(
  data: { name: string; code: string; tier: string },
  actorId: string,
): Promise<"created" | "duplicate"> {
  try {
    await db.$transaction(async (tx) => {
      await tx.organization.create({ data });
      await recordAudit({ action: "organization.created", actorId, target: data.code, detail: { tier: data.tier } }, tx);
    });
    return "created";
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return "duplicate";
    throw e;
  }
}

export async function setOrganizationTier(organizationId: string, tier: string, actorId: string): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: organizationId }, select: { tier: true } });
    if (!org) return null;
    if (org.tier === tier) return tier;
    await tx.organization.update({ where: { id: organizationId }, data: { tier } });
    const detail = { from: org.tier, to: tier };
    await recordAudit({ action: "organization.tier_changed", actorId, target: organizationId, detail }, tx);
    return org.tier;
  });
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

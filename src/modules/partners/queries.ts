import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/src/server/db";
import { recordAudit } from "@/src/modules/audit/queries";

// Every read here takes the organisation id explicitly; pages pass the signed-in manager's own
// organizationId (never one from the URL), which is what keeps managers out of other organisations.
// Staff count only once their address is verified: anyone can type a partner's code at sign-up.
const countedStaff = (orgId: string) => ({ organizationId: orgId, emailVerified: { not: null } });

export function findOrganization(orgId: string) {
  return db.organization.findUnique({ where: { id: orgId }, select: { id: true, name: true, code: true, tier: true } });
}

export function listStaff(orgId: string) {
  return db.user.findMany({
    where: countedStaff(orgId),
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}

/** Certificates of the organisation's staff only (filtered by orgId in the same query). */
export function listStaffCertificates(orgId: string) {
  return db.certificate.findMany({
    where: { user: countedStaff(orgId) },
    orderBy: { issuedAt: "asc" },
    select: { id: true, userId: true, examSlug: true, achievementTitle: true, issuedAt: true, validUntil: true, revokedAt: true },
  });
}

const INVITE_DAYS = 14;
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A fresh invite link token (shown once); only its hash is stored. */
export async function createInvite(orgId: string, createdById: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  await db.$transaction(async (tx) => {
    await tx.partnerInvite.create({ data: { tokenHash: hashInviteToken(token), organizationId: orgId, createdById, expiresAt } });
    await recordAudit({ action: "partner.invite_created", actorId: createdById, target: orgId }, tx);
  });
  return { token, expiresAt };
}

export function listInvites(orgId: string) {
  return db.partnerInvite.findMany({
    where: { organizationId: orgId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, createdAt: true, expiresAt: true, uses: true },
  });
}

export function revokeInvite(orgId: string, inviteId: string) {
  return db.partnerInvite.updateMany({ where: { id: inviteId, organizationId: orgId }, data: { revokedAt: new Date() } });
}

/** The organisation an unexpired, unrevoked invite token belongs to, or null. */
export async function findInvite(token: string, now = new Date()) {
  const invite = await db.partnerInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, expiresAt: true, revokedAt: true, organization: { select: { id: true, name: true, code: true } } },
  });
  if (!invite || invite.revokedAt || invite.expiresAt <= now) return null;
  return invite;
}

/** Joins a user without an organisation to the invite's organisation. */
export async function acceptInvite(inviteId: string, orgId: string, userId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const joined = await tx.user.updateMany({ where: { id: userId, organizationId: null }, data: { organizationId: orgId } });
    if (joined.count === 0) return false;
    await tx.partnerInvite.update({ where: { id: inviteId }, data: { uses: { increment: 1 } } });
    await recordAudit({ action: "partner.invite_accepted", actorId: userId, target: orgId }, tx);
    return true;
  });
}

export function findOrganizationByCode(code: string) {
  return db.organization.findUnique({ where: { code }, select: { id: true, name: true } });
}

/** A pending request; pendingKey keeps it to one per user and organisation (a repeat is ignored). */
export async function createJoinRequest(userId: string, orgId: string): Promise<boolean> {
  const pendingKey = `${userId}:${orgId}`;
  const existing = await db.partnerJoinRequest.findUnique({ where: { pendingKey }, select: { id: true } });
  if (existing) return false;
  await db.$transaction(async (tx) => {
    await tx.partnerJoinRequest.create({ data: { userId, organizationId: orgId, pendingKey } });
    await recordAudit({ action: "partner.join_requested", actorId: userId, target: orgId }, tx);
  });
  return true;
}

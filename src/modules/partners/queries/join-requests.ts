import "server-only";
import { db } from "@/src/server/db";
import { lockForTransaction } from "@/src/server/db-lock";
import { recordAudit } from "@/src/modules/audit/queries";

export function listPendingJoinRequests(orgId: string) {
  return db.partnerJoinRequest.findMany({
    where: { organizationId: orgId, status: "pending" },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

/** The learner's own pending requests, for the dashboard notice. */
export function listOwnPendingJoinRequests(userId: string) {
  return db.partnerJoinRequest.findMany({
    where: { userId, status: "pending" },
    orderBy: { createdAt: "asc" },
    select: { id: true, organization: { select: { name: true } } },
  });
}

export function findPendingJoinRequest(requestId: string) {
  return db.partnerJoinRequest.findFirst({
    where: { id: requestId, status: "pending" },
    select: { id: true, userId: true, organizationId: true },
  });
}

type DecideOutcome = "approved" | "declined" | "gone" | "in-other-org";

/**
 * Settles a pending request once (a second decision finds it no longer pending). Approving joins the
 * user only if they belong to no organisation yet; the audit row commits with the change.
 */
export async function settleJoinRequest(requestId: string, approve: boolean, deciderId: string): Promise<DecideOutcome> {
  return db.$transaction(async (tx) => {
    const request = await tx.partnerJoinRequest.findFirst({
      where: { id: requestId, status: "pending" },
      select: { userId: true, organizationId: true },
    });
    if (!request) return "gone";
    if (approve) {
      const joined = await tx.user.updateMany({
        where: { id: request.userId, organizationId: null },
        data: { organizationId: request.organizationId },
      });
      if (joined.count === 0) return "in-other-org";
    }
    const settled = await tx.partnerJoinRequest.updateMany({
      where: { id: requestId, status: "pending" },
      data: { status: approve ? "approved" : "declined", pendingKey: null, decidedById: deciderId, decidedAt: new Date() },
    });
    if (settled.count === 0) throw new Error("join request decided concurrently");
    const action = approve ? "partner.join_approved" : "partner.join_declined";
    await recordAudit({ action, actorId: deciderId, target: request.organizationId, detail: { userId: request.userId, requestId } }, tx);
    return approve ? "approved" : "declined";
  });
}

export function findMember(memberId: string) {
  return db.user.findUnique({ where: { id: memberId }, select: { id: true, role: true, organizationId: true } });
}

type RemoveOutcome = "removed" | "not-member" | "last-manager";

/**
 * Takes a member out of the organisation; a removed manager becomes a plain learner. Serialised per
 * organisation so two managers removing each other cannot leave it without one.
 */
export async function removeMemberFromOrg(orgId: string, memberId: string, actorId: string): Promise<RemoveOutcome> {
  return db.$transaction(async (tx) => {
    await lockForTransaction(tx, `partner-managers:${orgId}`);
    const member = await tx.user.findFirst({ where: { id: memberId, organizationId: orgId }, select: { role: true } });
    if (!member) return "not-member";
    const wasManager = member.role === "PARTNER_MANAGER";
    if (wasManager && (await tx.user.count({ where: { organizationId: orgId, role: "PARTNER_MANAGER" } })) <= 1) return "last-manager";
    await tx.user.update({
      where: { id: memberId },
      data: { organizationId: null, ...(wasManager ? { role: "LEARNER" } : {}) },
    });
    await recordAudit({ action: "partner.member_removed", actorId, target: orgId, detail: { userId: memberId, wasManager } }, tx);
    return "removed";
  });
}

import "server-only";
import type { z } from "zod";
import type { FormState } from "@/src/server/action";
import { findMember, findPendingJoinRequest, removeMemberFromOrg, settleJoinRequest } from "./queries/join-requests";
import type { decideJoinRequestSchema, removeMemberSchema } from "./schema";

type Actor = { id: string; role: string; organizationId: string | null };

/** Only a manager of that same organisation, or an admin, decides who belongs to it. */
function canManageOrg(user: Actor, orgId: string): boolean {
  return user.role === "ADMIN" || (user.role === "PARTNER_MANAGER" && user.organizationId === orgId);
}

const NOT_YOURS = "You can only manage your own organisation.";

export async function decideJoinRequest(input: z.output<typeof decideJoinRequestSchema>, user: Actor): Promise<FormState> {
  const request = await findPendingJoinRequest(input.requestId);
  if (!request || !canManageOrg(user, request.organizationId))
    return { ok: false, message: request ? NOT_YOURS : "No such pending request." };
  const outcome = await settleJoinRequest(request.id, input.decision === "approve", user.id);
  if (outcome === "gone") return { ok: false, message: "No such pending request." };
  if (outcome === "in-other-org") return { ok: false, message: "This person already belongs to another organisation." };
  return { ok: true, message: outcome === "approved" ? "Request approved." : "Request declined." };
}

export async function removeMember(input: z.output<typeof removeMemberSchema>, user: Actor): Promise<FormState> {
  const member = await findMember(input.memberId);
  if (!member?.organizationId || !canManageOrg(user, member.organizationId)) return { ok: false, message: NOT_YOURS };
  const outcome = await removeMemberFromOrg(member.organizationId, member.id, user.id);
  if (outcome === "not-member") return { ok: false, message: "This person is no longer a member." };
  if (outcome === "last-manager") return { ok: false, message: "The last manager cannot be removed. Appoint another manager first." };
  return { ok: true, message: "Member removed." };
}

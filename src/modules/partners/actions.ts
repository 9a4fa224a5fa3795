"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction, type FormState } from "@/src/server/action";
import { decideJoinRequestSchema, inviteTokenSchema, removeMemberSchema } from "./schema";
import { decideJoinRequest, removeMember } from "./manage-members";
import { createInvite, findInvite, revokeInvite } from "./queries";
import { joinByInvite } from "./join-by-invite";

// Invites are always for the manager's own organisation (from the session, never from the form).
const createInviteHandler = userFormAction(["PARTNER_MANAGER"], z.object({}), async (_input, user) => {
  if (!user.organizationId) return { ok: false, message: "Your account is not linked to a partner organisation." };
  const { token, expiresAt } = await createInvite(user.organizationId, user.id);
  revalidatePath("/partner");
  return { ok: true, message: `/invite/${token}`, values: { expiresAt: expiresAt.toISOString() } };
});
export async function createInviteAction(prev: FormState, formData: FormData) {
  return createInviteHandler(prev, formData);
}

const revokeInviteHandler = userFormAction(
  ["PARTNER_MANAGER"],
  z.object({ inviteId: z.string().min(1).max(40) }),
  async ({ inviteId }, user) => {
    if (!user.organizationId) return { ok: false, message: "Your account is not linked to a partner organisation." };
    const { count } = await revokeInvite(user.organizationId, inviteId);
    if (count === 0) return { ok: false, message: "No such invite." };
    revalidatePath("/partner");
    return { ok: true, message: "Invite link revoked." };
  },
);
export async function revokeInviteAction(prev: FormState, formData: FormData) {
  return revokeInviteHandler(prev, formData);
}

const acceptInviteHandler = userFormAction([], inviteTokenSchema, async ({ token }, user) => {
  const invite = await findInvite(token);
  if (!invite) return { ok: false, message: "This invite link has expired or was revoked. Ask your manager for a new one." };
  if (user.organizationId === invite.organization.id)
    return { ok: true, message: `You are already a member of ${invite.organization.name}.` };
  if (user.organizationId)
    return { ok: false, message: "Your account already belongs to another organisation. Ask an administrator to move it." };
  if (!(await joinByInvite(invite, user.id))) return { ok: false, message: "Could not join; try again." };
  return { ok: true, message: `You joined ${invite.organization.name}.` };
});
export async function acceptInviteAction(prev: FormState, formData: FormData) {
  return acceptInviteHandler(prev, formData);
}

// Thin wrappers: the checks (same organisation or admin) and audit rows live in manage-members.ts.
const decideJoinRequestHandler = userFormAction(["PARTNER_MANAGER", "ADMIN"], decideJoinRequestSchema, async (input, user) => {
  const result = await decideJoinRequest(input, user);
  if (result.ok) revalidatePath("/partner");
  return result;
});
export async function decideJoinRequestAction(prev: FormState, formData: FormData) {
  return decideJoinRequestHandler(prev, formData);
}

const removeMemberHandler = userFormAction(["PARTNER_MANAGER", "ADMIN"], removeMemberSchema, async (input, user) => {
  const result = await removeMember(input, user);
  if (result.ok) revalidatePath("/partner");
  return result;
});
export async function removeMemberAction(prev: FormState, formData: FormData) {
  return removeMemberHandler(prev, formData);
}

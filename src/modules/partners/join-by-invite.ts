import "server-only";
import { recordAudit } from "@/src/modules/audit/queries";
import { acceptInvite, type findInvite } from "./queries";

type LiveInvite = NonNullable<Awaited<ReturnType<typeof findInvite>>>;

/** A manager's invite link (checked unexpired and unrevoked by findInvite) joins without approval. */
export async function joinByInvite(invite: LiveInvite, userId: string): Promise<boolean> {
  if (!(await acceptInvite(invite.id, invite.organization.id, userId))) return false;
  await recordAudit({ action: "partner.invite_accepted", actorId: userId, target: invite.organization.id });
  return true;
}

import "server-only";
import { acceptInvite, type findInvite } from "./queries";

type LiveInvite = NonNullable<Awaited<ReturnType<typeof findInvite>>>;

/** A manager's invite link (checked unexpired and unrevoked by findInvite) joins without approval. */
export async function joinByInvite(invite: LiveInvite, userId: string): Promise<boolean> {
  return acceptInvite(invite.id, invite.organization.id, userId); // audited with the join
}

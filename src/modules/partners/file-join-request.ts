import "server-only";
import { createJoinRequest, findOrganizationByCode } from "./queries";

/**
 * An organisation code typed at sign-up only asks to join: a manager of that organisation decides.
 * An unknown code files nothing and says nothing, so sign-up cannot be used to probe for codes.
 */
export async function fileJoinRequest(userId: string, code: string): Promise<void> {
  const org = await findOrganizationByCode(code);
  if (!org) return;
  await createJoinRequest(userId, org.id); // audited with the request
}

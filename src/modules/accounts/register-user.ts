import "server-only";
import type { z } from "zod";
import { checkPassword } from "./check-password";
import { hashPassword } from "./hash-password";
import { createUser, findOrganizationByCode, findUserIdByEmail } from "./queries";
import type { signUpSchema } from "./schema";

export type RegisterResult = { ok: true; userId: string } | { ok: false; errors: Partial<Record<string, string>> };

/** Creates a learner account, or says precisely which field is wrong; nothing is written on error. */
export async function registerUser(input: z.output<typeof signUpSchema>): Promise<RegisterResult> {
  const weak = checkPassword(input.password, input);
  if (weak) return { ok: false, errors: { password: weak } };
  if (await findUserIdByEmail(input.email))
    return { ok: false, errors: { email: "An account with this email already exists. Sign in instead." } };
  let organizationId: string | undefined;
  if (input.organizationCode) {
    const org = await findOrganizationByCode(input.organizationCode);
    if (!org) return { ok: false, errors: { organizationCode: "No partner organisation has this code. Check it with your manager." } };
    organizationId = org.id;
  }
  const user = await createUser({ name: input.name, email: input.email, organizationId, passwordHash: await hashPassword(input.password) });
  return { ok: true, userId: user.id };
}

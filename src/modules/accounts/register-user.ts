import "server-only";
import type { z } from "zod";
import { checkPassword } from "./check-password";
import { hashPassword } from "./hash-password";
import { createUser, findUserIdByEmail } from "./queries";
import { fileJoinRequest } from "@/src/modules/partners/file-join-request";
import { joinByInvite } from "@/src/modules/partners/join-by-invite";
import { findInvite } from "@/src/modules/partners/queries";
import { reserveSignUpAttempt } from "./queries/verify-email";
import type { signUpSchema } from "./schema";
import { sendSignUpAttemptNotice, sendVerificationMail } from "./send-verification";

export type RegisterResult = { ok: true } | { ok: false; errors?: Partial<Record<string, string>>; message?: string };
export type SignUpContext = { ip: string; origin: string; limitPerHour: number };

export const INVITE_DEAD = "This invite link has expired or was revoked. Ask your manager for a new one.";
export const SIGN_UP_LIMITED = "Too many sign-ups from your network. Try again in an hour.";

/**
 * Creates a learner account (an organisation code only files a join request) and mails a verification link. An address that already has an account gets
 * the same answer (so sign-up cannot tell which addresses are registered); its owner gets a notice instead.
 */
export async function registerUser(input: z.output<typeof signUpSchema>, ctx: SignUpContext): Promise<RegisterResult> {
  if (!(await reserveSignUpAttempt(ctx.ip, ctx.limitPerHour))) return { ok: false, message: SIGN_UP_LIMITED };
  const weak = checkPassword(input.password, input);
  if (weak) return { ok: false, errors: { password: weak } };
  // A dead invite says so (it reveals nothing about addresses); a live one is used once the account exists.
  const invite = input.invite ? await findInvite(input.invite) : null;
  if (input.invite && !invite) return { ok: false, message: INVITE_DEAD };
  // Hashed either way, so the duplicate branch does not answer measurably faster.
  const passwordHash = await hashPassword(input.password);
  if (await findUserIdByEmail(input.email)) {
    await sendSignUpAttemptNotice(input.email, ctx.origin);
    return { ok: true };
  }
  const user = await createUser({ name: input.name, email: input.email, passwordHash });
  // A code never joins by itself: it files a request for that organisation's manager.
  if (invite) await joinByInvite(invite, user.id);
  else if (input.organizationCode) await fileJoinRequest(user.id, input.organizationCode);
  await sendVerificationMail(user, ctx.origin);
  return { ok: true };
}

import "server-only";
import { findUserWithPassword, reserveSignInAttempt, settleSignInAttempt, type CurrentUser } from "./queries";
import { verifyPassword } from "./hash-password";
import { rateLimitMessage } from "./rate-limit";
import { signInSchema } from "./schema";
import { recordAudit } from "@/src/modules/audit/queries";

export type AuthenticateResult =
  { ok: true; user: CurrentUser & { sessionVersion: number } } | { ok: false; reason: "invalid" | "rate_limited"; message: string };

/** Credential check behind sign-in: delayed per (account, IP) and per IP, every attempt recorded. */
export async function authenticate(input: unknown, ip: string, now = new Date()): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: "Email or password is incorrect." };
  const { email, password } = parsed.data;
  // Counted before the (slow) password check, so parallel guesses cannot all slip under the limit.
  const { attemptId, refused } = await reserveSignInAttempt(email, ip, (counts) => rateLimitMessage(counts, now), now);
  if (refused) {
    await recordAudit({ action: "auth.sign_in_throttled", target: email, ip });
    return { ok: false, reason: "rate_limited", message: refused };
  }
  const found = await findUserWithPassword(email);
  const ok = await verifyPassword(found?.passwordHash, password);
  await settleSignInAttempt(attemptId, email, ip, ok);
  if (!ok || !found) {
    await recordAudit({ action: "auth.sign_in_failed", target: email, ip });
    return { ok: false, reason: "invalid", message: "Email or password is incorrect." };
  }
  const { passwordHash: _omit, ...user } = found;
  return { ok: true, user };
}

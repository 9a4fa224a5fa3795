import "server-only";
import { countRecentFailures, findUserWithPassword, recordSignInAttempt, type CurrentUser } from "./queries";
import { verifyPassword } from "./hash-password";
import { rateLimitMessage } from "./rate-limit";
import { signInSchema } from "./schema";
import { recordAudit } from "@/src/modules/audit/queries";

export type AuthenticateResult = { ok: true; user: CurrentUser } | { ok: false; reason: "invalid" | "rate_limited"; message: string };

/** Credential check behind sign-in: throttled per account and per IP, every attempt recorded. */
export async function authenticate(input: unknown, ip: string): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: "Email or password is incorrect." };
  const { email, password } = parsed.data;
  const limited = rateLimitMessage(await countRecentFailures(email, ip));
  if (limited) {
    await recordAudit({ action: "auth.sign_in_throttled", target: email, ip });
    return { ok: false, reason: "rate_limited", message: limited };
  }
  const found = await findUserWithPassword(email);
  const ok = await verifyPassword(found?.passwordHash, password);
  await recordSignInAttempt(email, ip, ok);
  if (!ok || !found) {
    await recordAudit({ action: "auth.sign_in_failed", target: email, ip });
    return { ok: false, reason: "invalid", message: "Email or password is incorrect." };
  }
  const { passwordHash: _omit, ...user } = found;
  return { ok: true, user };
}

import "server-only";
import { recordAudit } from "@/src/modules/audit/queries";
import { clearSignInFailures } from "./queries";

/** An admin lifts the sign-in delays of an account (every IP); audited with the number of failures forgotten. */
export async function unlockSignIn(adminId: string, email: string): Promise<number> {
  const cleared = await clearSignInFailures(email);
  await recordAudit({ action: "auth.sign_in_unlocked", actorId: adminId, target: email, detail: { cleared } });
  return cleared;
}

import { findEmailVerified } from "@/src/modules/accounts/queries/verify-email";
import { resendVerificationAction } from "@/src/modules/accounts/actions";

// Unverified learners may learn, but do not count for their partner until they confirm their address.
export async function VerifyEmailBanner({ userId }: { userId: string }) {
  if ((await findEmailVerified(userId))?.emailVerified) return null;
  return (
    <form action={resendVerificationAction} className="notice" role="status" data-testid="verify-email-banner">
      Confirm your email address with the link we mailed you: until then your training does not count for your partner organisation.{" "}
      <button type="submit" className="underline">
        Send the link again
      </button>
    </form>
  );
}

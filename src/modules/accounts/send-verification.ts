import "server-only";
import { sendMail } from "@/src/server/mail";
import { logger } from "@/src/server/logger";
import { createVerifyToken, VERIFY_TOKEN_HOURS } from "./queries/verify-email";

// The mails of sign-up. A failed delivery is logged, not shown: the answer must not depend on the address.

async function deliver(message: Parameters<typeof sendMail>[0]) {
  try {
    await sendMail(message);
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "sign-up mail not delivered");
  }
}

export async function sendVerificationMail(user: { id: string; name: string; email: string }, origin: string) {
  const token = await createVerifyToken(user.id);
  const link = `${origin}/verify-email?token=${token}`;
  await deliver({
    to: user.email,
    subject: "Confirm your email address for Cyberwall Academy",
    text: `Hello ${user.name},\n\nconfirm your address by opening this link (valid ${VERIFY_TOKEN_HOURS} hours, once):\n${link}\n\nUntil then your training does not count for your partner organisation.\nIf you did not sign up, ignore this mail.`,
  });
}

export async function sendSignUpAttemptNotice(email: string, origin: string) {
  await deliver({
    to: email,
    subject: "Someone tried to sign up with your address at Cyberwall Academy",
    text: `Someone (maybe you) tried to create a Cyberwall Academy account with this address, which already has one.\n\nTo use it, sign in: ${origin}/sign-in\nForgot your password? Ask your partner manager or an administrator to reset it.\nIf this was not you, no action is needed: nothing was changed.`,
  });
}

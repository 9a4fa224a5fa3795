"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/src/server/auth";
import { publicFormAction, userFormAction, type FormState } from "@/src/server/action";
import { requireUser } from "@/src/server/auth/guards";
import { reissueSession } from "@/src/server/auth/reissue-session";
import { changePasswordSchema, signInSchema, signUpSchema, unlockSignInSchema } from "./schema";
import { unlockSignIn } from "./unlock-sign-in";
import { checkPassword } from "./check-password";
import { hashPassword, verifyPassword } from "./hash-password";
import { bumpSessionVersion, findPasswordHash, updatePasswordHash } from "./queries";
import { registerUser } from "./register-user";
import { clientIp } from "@/src/server/auth/client-ip";
import { env } from "@/src/server/env";
import { verifyEmailSchema } from "./schema";
import { consumeVerifyToken, findEmailVerified, reserveSignUpAttempt } from "./queries/verify-email";
import { sendVerificationMail } from "./send-verification";

/** Where mailed links point: AUTH_URL when configured, else the Origin (server.ts has checked it equals Host). */
function mailOrigin(h: Headers): string {
  return env().AUTH_URL?.replace(/\/$/u, "") ?? h.get("origin") ?? `http://${h.get("host") ?? "localhost"}`;
}

const signUpHandler = publicFormAction(signUpSchema, async (input) => {
  const h = await headers();
  const result = await registerUser(input, { ip: clientIp(h), origin: mailOrigin(h), limitPerHour: env().SIGN_UP_LIMIT_PER_HOUR });
  if (!result.ok) return result;
  // The same page for a new and an already registered address.
  redirect("/sign-up/check-inbox");
});

export async function signUpAction(prev: FormState, formData: FormData) {
  return signUpHandler(prev, formData);
}

const verifyEmailHandler = publicFormAction(verifyEmailSchema, async ({ token }) => {
  if (!(await consumeVerifyToken(token))) return { ok: false, message: "This link is invalid, used or expired. Sign in to get a new one." };
  redirect("/verify-email?verified=1");
});

/** A POST (the page's button), so a mail scanner fetching the link does not use it up. */
export async function verifyEmailAction(prev: FormState, formData: FormData) {
  return verifyEmailHandler(prev, formData);
}

/** Mails a fresh link to the signed-in, unverified user (counted against the IP's sign-up limit). */
export async function resendVerificationAction() {
  const user = await requireUser();
  const h = await headers();
  if ((await findEmailVerified(user.id))?.emailVerified) return;
  if (!(await reserveSignUpAttempt(clientIp(h), env().SIGN_UP_LIMIT_PER_HOUR))) return;
  await sendVerificationMail(user, mailOrigin(h));
}

const signInHandler = publicFormAction(signInSchema, async (input) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const message = code && code.startsWith("Too many") ? code : "Email or password is incorrect.";
      return { ok: false, message };
    }
    throw error;
  }
  redirect("/dashboard");
});

export async function signInAction(prev: FormState, formData: FormData) {
  return signInHandler(prev, formData);
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

const changePasswordHandler = userFormAction([], changePasswordSchema, async (input, user) => {
  const stored = await findPasswordHash(user.id);
  if (!(await verifyPassword(stored?.passwordHash, input.currentPassword))) {
    return { ok: false, errors: { currentPassword: "Your current password is incorrect." } };
  }
  const weak = checkPassword(input.newPassword, user);
  if (weak) return { ok: false, errors: { newPassword: weak } };
  // Ends every session issued so far (a copied cookie included), then signs this browser in again.
  const { sessionVersion } = await updatePasswordHash(user.id, await hashPassword(input.newPassword));
  await reissueSession(sessionVersion);
  // A fresh request: this one's guards still see the old token, so re-rendering here would sign out.
  redirect("/profile?changed=1");
});

export async function changePasswordAction(prev: FormState, formData: FormData) {
  await requireUser();
  return changePasswordHandler(prev, formData);
}

/** Revokes every session of this user, this one included. */
export async function signOutEverywhereAction() {
  const user = await requireUser();
  await bumpSessionVersion(user.id);
  await signOut({ redirectTo: "/sign-in" });
}

const unlockSignInHandler = userFormAction(["ADMIN"], unlockSignInSchema, async ({ email }, admin) => {
  const cleared = await unlockSignIn(admin.id, email);
  return { ok: true, message: cleared ? `Sign-in delays lifted (${cleared} failed attempts forgotten).` : "No sign-in delays." };
});

/** Admin: forget an account's failed sign-ins (every IP), audited. */
export async function unlockSignInAction(prev: FormState, formData: FormData) {
  return unlockSignInHandler(prev, formData);
}

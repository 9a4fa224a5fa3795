"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/src/server/auth";
import { publicFormAction, userFormAction, type FormState } from "@/src/server/action";
import { requireUser } from "@/src/server/auth/guards";
import { changePasswordSchema, signInSchema, signUpSchema } from "./schema";
import { checkPassword } from "./check-password";
import { hashPassword, verifyPassword } from "./hash-password";
import { findPasswordHash, updatePasswordHash } from "./queries";
import { registerUser } from "./register-user";

const signUpHandler = publicFormAction(signUpSchema, async (input) => {
  const result = await registerUser(input);
  if (!result.ok) return result;
  redirect("/sign-in?registered=1");
});

export async function signUpAction(prev: FormState, formData: FormData) {
  return signUpHandler(prev, formData);
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
  await updatePasswordHash(user.id, await hashPassword(input.newPassword));
  return { ok: true, message: "Password changed." };
});

export async function changePasswordAction(prev: FormState, formData: FormData) {
  await requireUser();
  return changePasswordHandler(prev, formData);
}

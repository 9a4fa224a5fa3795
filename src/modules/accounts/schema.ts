import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./check-password";

export const ROLES = ["LEARNER", "TRAINER", "PARTNER_MANAGER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Name must be at most 100 characters."),
  email,
  password: z.string().min(1, "Enter a password.").max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`),
  organizationCode: z
    .string()
    .trim()
    .toUpperCase()
    .max(32, "Organisation code must be at most 32 characters.")
    .regex(/^[A-Z0-9-]*$/u, "Organisation codes use letters, digits and dashes only.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  // The token of a manager's invite link (/invite/<token>): signing up with it joins that organisation.
  invite: z
    .string()
    .trim()
    .regex(/^(?:[A-Za-z0-9_-]{20,100})?$/u, "This invite link is not valid.")
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
    newPassword: z
      .string()
      .min(1, "Enter a new password.")
      .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`),
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });

export const unlockSignInSchema = z.object({ email });

export const verifyEmailSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/u, "This link is invalid.") });

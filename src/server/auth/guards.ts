import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "./index";
import { decide } from "./authorize";
import { findSessionUser, type CurrentUser } from "@/src/modules/accounts/queries";
import type { Role } from "@/src/modules/accounts/schema";

export type { CurrentUser };

/** The signed-in user as stored now (role changes, deletions and revoked sessions apply at once), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const version = session?.sessionVersion;
  return id && typeof version === "number" ? findSessionUser(id, version) : null;
});

/** For pages and server actions: redirects to sign-in, or renders 403. */
export async function requireUser(...roles: Role[]): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const decision = decide(user, roles);
  if (decision === "unauthenticated") redirect("/sign-in");
  if (decision === "forbidden") forbidden();
  return user!;
}

/** For route handlers: the user, or a 401/403 JSON response to return as-is. */
export async function authorizeRequest(
  ...roles: Role[]
): Promise<{ user: CurrentUser; error?: never } | { user?: never; error: Response }> {
  const user = await getCurrentUser();
  const decision = decide(user, roles);
  if (decision === "allow") return { user: user! };
  const status = decision === "unauthenticated" ? 401 : 403;
  return { error: Response.json({ error: decision === "unauthenticated" ? "Sign in required." : "Forbidden." }, { status }) };
}

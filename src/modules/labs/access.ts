import type { Role } from "@/src/modules/accounts/schema";

export type SessionAccess = "owner" | "observer" | "none";

/** Learners act on their own sessions only; trainers and admins may watch any, never type or check. */
export function sessionAccess(
  user: { id: string; role: Role } | null | undefined,
  session: { userId: string | null } | null | undefined,
): SessionAccess {
  if (!user || !session) return "none";
  if (session.userId !== null && session.userId === user.id) return "owner";
  if (user.role === "TRAINER" || user.role === "ADMIN") return "observer";
  return "none";
}

/** A shell is offered once the terminal host runs, while the rest of the lab may still be setting up. */
export function terminalOpen(session: { status: string; terminalAt: Date | null }): boolean {
  return session.status === "ready" || (session.status === "provisioning" && session.terminalAt !== null);
}

import type { Role } from "@/src/modules/accounts/schema";

export type Decision = "allow" | "unauthenticated" | "forbidden";

/** Pure role check shared by every guard: admins may do anything a listed role may. */
export function decide(user: { role: Role } | null | undefined, roles: readonly Role[] = []): Decision {
  if (!user) return "unauthenticated";
  if (roles.length === 0 || roles.includes(user.role) || user.role === "ADMIN") return "allow";
  return "forbidden";
}

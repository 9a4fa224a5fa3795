// A signed-in user calling an action their role does not allow is audited (issue 13.10): such calls come
// from crafted requests (the UI never offers them). The audit is best effort: its failure never changes
// the answer, which stays the guard's refusal.
import "server-only";
import { decide } from "./authorize";
import { recordAudit } from "@/src/modules/audit/queries";
import type { Role } from "@/src/modules/accounts/schema";

export async function auditDeniedAction(user: { id: string; role: Role } | null, roles: Role[], name: string): Promise<void> {
  if (decide(user, roles) !== "forbidden") return;
  try {
    await recordAudit({ action: "action.denied", actorId: user!.id, target: name || null, detail: { roles, role: user!.role } });
  } catch (error) {
    console.error("[audit] action.denied not recorded:", error instanceof Error ? error.message : error);
  }
}

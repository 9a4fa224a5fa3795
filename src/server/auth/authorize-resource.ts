// Per-resource permissions, checked by the action wrapper after the role guard (as dub's safe-action
// middleware does): "this session's trainer, or an admin" is written once, beside its resource.
import "server-only";
import { recordAudit } from "@/src/modules/audit/queries";
import type { Role } from "@/src/modules/accounts/schema";

type Actor = { id: string; role: Role };

export type Permission<I, R extends { id: string }> = {
  /** What the audit calls the resource, e.g. "classroom session". */
  kind: string;
  load: (input: I) => Promise<R | null>;
  allow: (user: Actor, resource: R) => boolean;
  /** Shown when the resource does not exist (or may not be acted on at all). */
  missing: string;
  /** Shown when it exists but is not this user's to change. */
  denied: string;
};

/** The resource the input names, or the refusal to show; a refusal of an existing resource is audited. */
async function authorizeResource<I, R extends { id: string }>(
  permission: Permission<I, R>,
  input: I,
  user: Actor,
  action: string,
): Promise<{ resource: R } | { refused: string }> {
  const resource = await permission.load(input);
  if (!resource) return { refused: permission.missing };
  if (permission.allow(user, resource)) return { resource };
  try {
    await recordAudit({ action: "action.denied", actorId: user.id, target: resource.id, detail: { action, resource: permission.kind } });
  } catch (error) {
    console.error("[audit] action.denied not recorded:", error instanceof Error ? error.message : error);
  }
  return { refused: permission.denied };
}

/** Runs the handler on the resource when the permission allows it; else answers the refusal as a form state. */
export async function withResource<I, R extends { id: string }, F>(
  permission: Permission<I, R>,
  input: I,
  user: Actor,
  action: string,
  handler: (resource: R) => Promise<F>,
): Promise<F | { ok: false; message: string }> {
  const check = await authorizeResource(permission, input, user, action);
  return "refused" in check ? { ok: false, message: check.refused } : handler(check.resource);
}

import "server-only";
import { db } from "@/src/server/db";
import type { Tx } from "@/src/server/db-lock";
import type { AuditAction } from "./audit-actions";

export type AuditEvent = {
  action: AuditAction;
  actorId?: string | null;
  target?: string | null;
  detail?: Record<string, unknown> | string;
  ip?: string | null;
};

/** `client`: pass the transaction when the audit row must commit (or roll back) with the change it records. */
export async function recordAudit(event: AuditEvent, client: Pick<Tx, "auditLog"> = db): Promise<void> {
  const detail = typeof event.detail === "string" ? event.detail : event.detail ? JSON.stringify(event.detail) : null;
  await client.auditLog.create({
    data: { action: event.action, actorId: event.actorId ?? null, target: event.target ?? null, detail, ip: event.ip ?? null },
  });
}

export function listAuditEvents(take = 200, action?: AuditAction) {
  return db.auditLog.findMany({ where: action ? { action } : undefined, orderBy: { createdAt: "desc" }, take });
}

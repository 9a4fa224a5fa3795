import "server-only";
import { createSessionRow } from "../create-session-row";
import type { Lab } from "../schema";
import { poolMayGrow } from "./admission-policy";
import { countRunning, countWaiting, withAdmissionLock } from "./queries";
import { readAdmissionLimits } from "./read-admission-limits";

/**
 * A new warm-pool session row, only when the cap has room nobody in the queue is waiting for; else null.
 * `poolPlanId`: reserved for a classroom's planned block (only its attendees may claim it).
 */
export async function reservePoolSession(lab: Lab, times: { expiresAt: Date; hardExpiresAt: Date }, poolPlanId: string | null = null) {
  const { maxTotal } = await readAdmissionLimits();
  return withAdmissionLock(async (tx) =>
    poolMayGrow(await countRunning(tx), await countWaiting(tx), maxTotal) ? createSessionRow(lab, null, times, poolPlanId) : null,
  );
}

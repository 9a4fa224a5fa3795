import "server-only";
import { db } from "@/src/server/db";
import { ACTIVE_STATUSES } from "../schema";

/** Labs a block holds: still running, or claimed by an attendee (who keeps theirs even after ending it). */
export function countPlanned(planId: string) {
  return db.labSession.count({ where: { poolPlanId: planId, OR: [{ status: { in: ACTIVE_STATUSES } }, { userId: { not: null } }] } });
}

export function listUnclaimedPlanned() {
  return db.labSession.findMany({
    where: { poolPlanId: { not: null }, userId: null, status: { in: ACTIVE_STATUSES } },
    select: { id: true, poolPlanId: true },
  });
}

/** The trainer's view of each block's pool. */
export async function describePlanPools(planIds: string[]): Promise<Record<string, { ready: number; starting: number; claimed: number }>> {
  const rows = await db.labSession.findMany({
    where: { poolPlanId: { in: planIds }, OR: [{ status: { in: ACTIVE_STATUSES } }, { userId: { not: null } }] },
    select: { poolPlanId: true, status: true, userId: true },
  });
  const pools = Object.fromEntries(planIds.map((id) => [id, { ready: 0, starting: 0, claimed: 0 }]));
  for (const r of rows) {
    const pool = pools[r.poolPlanId!];
    if (r.userId) pool.claimed++;
    else if (r.status === "ready") pool.ready++;
    else pool.starting++;
  }
  return pools;
}

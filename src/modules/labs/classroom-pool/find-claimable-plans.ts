import "server-only";
import { listPoolBlocks } from "@/src/modules/classroom/lab-plan/queries";
import { labConfig } from "../lab-config";

/** The planned blocks of this lab, in their pool window now, whose classroom seats this learner. */
export async function findClaimablePlanIds(userId: string, labSlug: string, now = new Date()): Promise<string[]> {
  const blocks = await listPoolBlocks(now, labConfig().CLASSROOM_POOL_LEAD_MINUTES * 60_000);
  return blocks.filter((b) => b.labSlug === labSlug && b.attendeeIds.includes(userId)).map((b) => b.planId);
}

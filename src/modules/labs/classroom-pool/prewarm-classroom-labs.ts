import "server-only";
import { listPoolBlocks } from "@/src/modules/classroom/lab-plan/queries";
import { mayRunExclusive } from "@/src/server/db-lease";
import { reservePoolSession } from "../admission/reserve-pool-session";
import { listLabs } from "../catalog";
import { endSession } from "../end-lab-session";
import { labConfig } from "../lab-config";
import { provisionSession } from "../provision-session";
import { countPlanned, listUnclaimedPlanned } from "./queries";

const state = { running: false };

/**
 * One tick of the classroom pool: for each planned block in its window (lead minutes before its start
 * until its end), one lab per seated attendee, bounded by the cap; unclaimed labs of blocks that ended or
 * were removed are drained. Each lab draws its own per-learner values and goes to exactly one attendee.
 */
export async function prewarmClassroomLabs(now = new Date()): Promise<{ reserved: number; drained: number }> {
  if (state.running || !mayRunExclusive("labs")) return { reserved: 0, drained: 0 };
  state.running = true;
  try {
    const blocks = await listPoolBlocks(now, labConfig().CLASSROOM_POOL_LEAD_MINUTES * 60_000);
    const labs = new Map((await listLabs()).map((lab) => [lab.slug, lab]));
    const starts: Promise<void>[] = [];
    for (const block of blocks) {
      const lab = labs.get(block.labSlug);
      if (!lab) continue;
      const times = { expiresAt: block.endsAt, hardExpiresAt: block.endsAt }; // the reaper's backstop
      for (let missing = block.attendeeIds.length - (await countPlanned(block.planId)); missing > 0; missing--) {
        const row = await reservePoolSession(lab, times, block.planId);
        if (!row) break; // at the cap, or learners are queued: they come first
        starts.push(provisionSession(lab, { id: row.id, subnet: row.subnet!, expiresAt: block.endsAt, variables: row.variables }));
      }
    }
    const live = new Set(blocks.map((b) => b.planId));
    let drained = 0;
    for (const s of await listUnclaimedPlanned()) if (!live.has(s.poolPlanId!) && (await endSession(s.id, "expired"))) drained++;
    await Promise.allSettled(starts); // provisioning failures end their own session
    return { reserved: starts.length, drained };
  } finally {
    state.running = false;
  }
}

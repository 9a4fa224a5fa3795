import "server-only";
import { metrics } from "@/src/server/metrics";
import { labConfig } from "./lab-config";
import { findReadySessionIds, releaseSubnet, transitionSession } from "./queries";
import { labRuntime, type LabRuntime } from "./runtime";
import { signalSession } from "./session-signals";

export const LOST_MESSAGE =
  "The lab engine restarted or lost this lab's machines, so the lab has ended. Your results so far are kept: start it again.";

/**
 * Ends ready sessions whose machines are gone or stopped (an engine restart stops every container, a
 * crash may remove them) with a message the lab page shows, and frees what they held. Runs at start-up
 * and at every reaper tick; a listing that fails (engine down) ends nothing.
 */
export async function sweepLostSessions(runtime: LabRuntime = labRuntime(labConfig().owner)): Promise<number> {
  // Ready first, then the listing: a session readied after the listing could show a just-created container.
  const ready = await findReadySessionIds();
  const listed = new Map((await runtime.listLabelled()).map((l) => [l.sessionId, l]));
  let ended = 0;
  for (const { id } of ready) {
    const l = listed.get(id);
    if (l && l.containers.length > 0 && l.stopped === 0) continue;
    if (await transitionSession(id, ["ready"], { status: "failed", error: LOST_MESSAGE, finishedAt: new Date() })) {
      ended++;
      signalSession(id);
      console.log(`[labs] ${id}: machines ${l ? `stopped (${l.stopped} of ${l.containers.length})` : "gone"}; ended`);
    }
    await runtime.destroy(id);
    await releaseSubnet(id);
  }
  metrics.reaperActions.inc({ action: "ended_lost" }, ended);
  return ended;
}

import "server-only";
import { getLab } from "../catalog";
import { createSessionRow, sessionTimes } from "../create-session-row";
import { launchSession } from "../launch-session";
import { claimPooled, type LabSessionRow } from "../queries";
import type { Lab } from "../schema";
import { signalSession } from "../session-signals";
import { planAdmissions } from "./admission-policy";
import {
  countPooledReady,
  countRunning,
  findOwnActiveSession,
  lapseUnseen,
  listWaiting,
  markAdmitted,
  markLeft,
  setSessionClientIp,
  withAdmissionLock,
} from "./queries";
import { readAdmissionLimits } from "./read-admission-limits";
import { labConfig } from "../lab-config";

/** The queue's wake-up key on the session-signals bus (queue pages in this process listen for it). */
export const QUEUE_SIGNAL = "lab-queue";

/**
 * Hands freed capacity to the queue in arrival order (called when a session ends, when a start queues,
 * and by the reaper's tick), then provisions what it admitted. Returns how many it admitted.
 */
export async function admitWaiting(now = new Date()): Promise<number> {
  const limits = await readAdmissionLimits();
  const launches: { lab: Lab; row: LabSessionRow }[] = [];
  let admitted = 0;
  const lapsed = await withAdmissionLock(async (tx) => {
    // A waiting learner's page keeps their entry seen; one unseen this long has gone away.
    const { count: lapsed } = await lapseUnseen(tx, new Date(now.getTime() - labConfig().LAB_QUEUE_LAPSE_SECONDS * 1000));
    const waiting = await listWaiting(tx);
    if (waiting.length === 0) return lapsed;
    const pooled = await countPooledReady(tx, [...new Set(waiting.map((w) => w.labSlug))]);
    const plan = planAdmissions(waiting, await countRunning(tx), limits.maxTotal, pooled);
    for (const { id, via } of plan) {
      const entry = waiting.find((w) => w.id === id)!;
      const lab = await getLab(entry.labSlug);
      if (!lab) {
        await markLeft(tx, id);
        continue;
      }
      const own = await findOwnActiveSession(tx, entry.userId, entry.labSlug);
      if (own) {
        await markAdmitted(tx, id, own.id);
        admitted++;
        continue;
      }
      const times = sessionTimes(lab, now);
      if (via === "pool") {
        const claimed = await claimPooled(tx, { labSlug: lab.slug, userId: entry.userId, ...times });
        if (!claimed) continue; // taken meanwhile: this entry waits for a slot
        await setSessionClientIp(tx, claimed.id, entry.clientIp);
        await markAdmitted(tx, id, claimed.id);
        admitted++;
        continue;
      }
      const row = await createSessionRow(lab, entry.userId, times);
      await setSessionClientIp(tx, row.id, entry.clientIp);
      await markAdmitted(tx, id, row.id);
      admitted++;
      launches.push({ lab, row });
    }
    return lapsed;
  });
  for (const { lab, row } of launches) launchSession(lab, row);
  if (admitted + lapsed > 0) signalSession(QUEUE_SIGNAL);
  return admitted;
}

import "server-only";
import { labConfig } from "../lab-config";
import { estimateWaitSeconds, typicalSessionMs } from "./estimate-wait";
import { countAllWaiting, countWaitingUpTo, findLatestEntry, listRunningLabs, recentSessionLengths } from "./queries";
import { readAdmissionLimits } from "./read-admission-limits";

export type QueuePlace = { position: number; waiting: number; estimateSeconds: number; lapseSeconds: number };
type QueueView = { state: "waiting"; entryId: number; place: QueuePlace } | { state: "admitted"; sessionId: string } | { state: "none" };

/** A learner's place in the queue for one lab, with the estimated wait (what the queue card shows). */
export async function describeQueue(userId: string, labSlug: string, now = new Date()): Promise<QueueView> {
  const entry = await findLatestEntry(userId, labSlug);
  if (entry?.status === "admitted" && entry.sessionId) return { state: "admitted", sessionId: entry.sessionId };
  if (entry?.status !== "waiting") return { state: "none" };
  const [position, waiting, running, lengths, limits] = await Promise.all([
    countWaitingUpTo(entry.id),
    countAllWaiting(),
    listRunningLabs(),
    recentSessionLengths(),
    readAdmissionLimits(),
  ]);
  const config = labConfig();
  const typical = typicalSessionMs(lengths, config.LAB_IDLE_MINUTES * 60_000);
  const labs = running.map((r) => ({ startedAt: r.claimedAt ?? r.createdAt, expiresAt: r.expiresAt }));
  return {
    state: "waiting",
    entryId: entry.id,
    place: {
      position,
      waiting,
      estimateSeconds: estimateWaitSeconds(position, labs, limits.maxTotal, typical, now),
      lapseSeconds: config.LAB_QUEUE_LAPSE_SECONDS,
    },
  };
}

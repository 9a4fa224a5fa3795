import "server-only";
import { getLab } from "./catalog";
import { admitStart } from "./admission/admit-start";
import { describeQueue, type QueuePlace } from "./admission/describe-queue";
import { launchSession } from "./launch-session";
import { findActiveSession } from "./queries";
import { refillWarmPool } from "./warm-pool";
import { labRuntime } from "./runtime";
import { labConfig } from "./lab-config";

export const ENGINE_DOWN =
  "The lab engine is not available right now, so labs cannot start. Courses and exams keep working; try the lab again in a few minutes.";

// `terminalReady` settles when the learner can have a shell (or provisioning ended); `provisioning` when
// the whole lab is set up and checks may run. 202: not started yet, queued for capacity (admission/).
export type StartResult =
  | { ok: true; sessionId: string; reused: boolean; terminalReady: Promise<void>; provisioning: Promise<void> }
  | { ok: false; status: 202; error: string; queue: QueuePlace }
  | { ok: false; status: 404 | 409 | 429 | 503; error: string };

/** For the lab pages: can labs start now? */
export const labEngineAvailable = async () => (await labRuntime(labConfig().owner).ping()).ok;

const settled = { terminalReady: Promise.resolve(), provisioning: Promise.resolve() };

/**
 * One active session per learner per lab (returned again if it exists); otherwise admission decides
 * (caps per learner, per client address and in total, FIFO queue): a warm-pool session when one is
 * ready, a fresh one provisioned in the background, or a place in the queue.
 * `clientIp`: the address as server.ts saw it; null for the academy's own starts (no per-address share).
 */
export async function startLabSession(userId: string, slug: string, clientIp: string | null = null): Promise<StartResult> {
  const lab = await getLab(slug);
  if (!lab) return { ok: false, status: 404, error: "No such lab." };
  const existing = await findActiveSession(userId, slug);
  if (existing) return { ok: true, sessionId: existing.id, reused: true, ...settled };
  // Engine down: say so at once instead of a session that fails with a socket error.
  if (!(await labEngineAvailable())) return { ok: false, status: 503, error: ENGINE_DOWN };
  let admission;
  try {
    admission = await admitStart(lab, userId, clientIp);
  } catch (error) {
    return { ok: false, status: 503, error: error instanceof Error ? error.message : "Could not start the lab." };
  }
  switch (admission.kind) {
    case "refused":
      return { ok: false, status: 429, error: admission.error };
    case "existing":
      return { ok: true, sessionId: admission.sessionId, reused: true, ...settled };
    case "pooled":
      void refillWarmPool(lab);
      return { ok: true, sessionId: admission.sessionId, reused: false, ...settled };
    case "created":
      return { ok: true, sessionId: admission.row.id, reused: false, ...launchSession(lab, admission.row) };
    case "queued": {
      const view = await describeQueue(userId, slug);
      if (view.state === "admitted") return { ok: true, sessionId: view.sessionId, reused: false, ...settled };
      const queue = view.state === "waiting" ? view.place : { position: 1, waiting: 1, estimateSeconds: 0, lapseSeconds: 0 };
      return { ok: false, status: 202, error: `All labs are busy: you are number ${queue.position} in the queue.`, queue };
    }
  }
}

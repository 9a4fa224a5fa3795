import "server-only";
import { getLab } from "./catalog";
import { labConfig } from "./lab-config";
import { provisionSession } from "./provision-session";
import { claimPooled, countActiveSessions, findActiveSession, releaseSubnet, transitionSession } from "./queries";
import { createSessionRow, sessionTimes } from "./create-session-row";
import { refillWarmPool } from "./warm-pool";

// `terminalReady` settles when the learner can have a shell (or provisioning ended); `provisioning` when
// the whole lab is set up and checks may run.
export type StartResult =
  | { ok: true; sessionId: string; reused: boolean; terminalReady: Promise<void>; provisioning: Promise<void> }
  | { ok: false; status: 404 | 409 | 429 | 503; error: string };

const settled = { terminalReady: Promise.resolve(), provisioning: Promise.resolve() };

/**
 * One active session per learner per lab (returned again if it exists), a cap on concurrent labs,
 * a warm-pool session when one is ready, otherwise a fresh one provisioned in the background.
 */
export async function startLabSession(userId: string, slug: string): Promise<StartResult> {
  const lab = await getLab(slug);
  if (!lab) return { ok: false, status: 404, error: "No such lab." };
  const existing = await findActiveSession(userId, slug);
  if (existing) return { ok: true, sessionId: existing.id, reused: true, ...settled };
  const cap = labConfig().LAB_MAX_PER_LEARNER;
  if ((await countActiveSessions(userId)) >= cap) {
    return { ok: false, status: 429, error: `You already have ${cap} labs running. Finish one before starting another.` };
  }
  const times = sessionTimes(lab);
  const pooled = await claimPooled(slug, userId, times.expiresAt, times.hardExpiresAt);
  if (pooled) {
    void refillWarmPool(lab);
    return { ok: true, sessionId: pooled.id, reused: false, ...settled };
  }
  let row;
  try {
    row = await createSessionRow(lab, userId, times);
  } catch (error) {
    return { ok: false, status: 503, error: error instanceof Error ? error.message : "Could not start the lab." };
  }
  // Two tabs pressing Start at once: the older session wins, ours is dropped before any container exists.
  const winner = await findActiveSession(userId, slug, "asc");
  if (winner && winner.id !== row.id) {
    await transitionSession(row.id, ["provisioning"], { status: "destroyed", finishedAt: new Date() });
    await releaseSubnet(row.id);
    return { ok: true, sessionId: winner.id, reused: true, ...settled };
  }
  let markTerminalReady!: () => void;
  const terminalReady = new Promise<void>((resolve) => (markTerminalReady = resolve));
  const provisioning = provisionSession(lab, { id: row.id, subnet: row.subnet!, expiresAt: row.expiresAt, variables: JSON.parse(row.variables) }, markTerminalReady);
  provisioning.then(markTerminalReady, (error) => {
    markTerminalReady();
    console.error(`[labs] provisioning ${row.id} failed:`, error instanceof Error ? error.message : error);
  });
  return { ok: true, sessionId: row.id, reused: false, terminalReady, provisioning };
}

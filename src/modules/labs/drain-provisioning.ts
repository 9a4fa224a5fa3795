import "server-only";
import { labConfig } from "./lab-config";
import { releaseSubnet, transitionSession } from "./queries";
import { labRuntime } from "./runtime";
import { signalSession } from "./session-signals";

const RESTART_ROLLBACK_MESSAGE = "The academy restarted while your lab was starting; start it again.";

// Routes run inside Next's bundle, server.ts outside it: module state is not shared, globalThis is.
const g = globalThis as typeof globalThis & { academyProvisioning?: Map<string, Promise<unknown>> };
const inFlight = () => (g.academyProvisioning ??= new Map());

/** Remembers a lab provision until it settles, so a shutdown can wait for it or roll it back. */
export function trackProvisioning(sessionId: string, provisioning: Promise<unknown>) {
  inFlight().set(sessionId, provisioning);
  const forget = () => void (inFlight().get(sessionId) === provisioning && inFlight().delete(sessionId));
  provisioning.then(forget, forget);
}

export type Rollback = (sessionId: string) => Promise<void>;

/** Fails the session with a message for the learner and removes its containers (the lab cannot finish now). */
const rollBackProvisioning: Rollback = async (sessionId) => {
  await transitionSession(sessionId, ["provisioning"], { status: "failed", error: RESTART_ROLLBACK_MESSAGE, finishedAt: new Date() });
  signalSession(sessionId);
  await labRuntime(labConfig().owner).destroy(sessionId);
  await releaseSubnet(sessionId);
};

/** Waits up to `graceMs` for the provisions in flight; those still running then are rolled back. */
export async function drainProvisioning(graceMs: number, rollBack: Rollback = rollBackProvisioning) {
  const pending = [...inFlight()];
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
  await Promise.race([Promise.allSettled(pending.map(([, p]) => p)), graceOver]);
  clearTimeout(timer);
  const unfinished = [...inFlight().keys()].filter((id) => pending.some(([p]) => p === id));
  for (const id of unfinished) inFlight().delete(id); // rolled back once, even if its promise settles later
  for (const id of unfinished) await rollBack(id).catch((e) => console.error(`[labs] rollback ${id}:`, e instanceof Error ? e.message : e));
  return { finished: pending.length - unfinished.length, rolledBack: unfinished.length };
}

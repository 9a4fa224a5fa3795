// Pure admission decisions (no db, no engine): what a start gets, and whom freed capacity goes to.
// The caller holds the admission lock while it reads the state and applies a decision.

export type AdmissionLimits = { maxTotal: number; maxPerIp: number; maxPerLearner: number };

// Sizing the global cap from the engine host. Idle labs use far less than their limits (a runsc lab of
// three hosts idles near 100 MiB), so budget memory per lab at a typical working set, keep room for the
// academy, the database and the host, and bound by CPU: a burst of checks must still answer in time.
const HOST_RESERVE_MB = 2048;
const MB_PER_LAB = 256;
const LABS_PER_CPU = 30;

/** The global cap on running labs for an engine host of `memoryBytes` and `cpus`. At least one. */
export function capacityFromHost(memoryBytes: number, cpus: number): number {
  const byMemory = Math.floor((memoryBytes / 2 ** 20 - HOST_RESERVE_MB) / MB_PER_LAB);
  const byCpu = Math.floor(cpus * LABS_PER_CPU);
  return Math.max(1, Math.min(byMemory, byCpu));
}

/** What is held when a start arrives. Pooled sessions are running labs too: they hold memory. */
export type StartState = {
  running: number; // active sessions, pooled ones included
  waiting: number; // entries in the queue (anyone's)
  learnerHeld: number; // this learner's active sessions plus queue entries, over all labs
  ipHeld: number | null; // the same for the client address; null when the academy itself starts it
  pooledReady: boolean; // a ready warm-pool session of this lab can be handed over without new capacity
};

export type StartDecision = { kind: "admit"; via: "pool" | "new" } | { kind: "queue" } | { kind: "refuse"; reason: "learner" | "ip" };

/**
 * Shares first (so neither one account nor many accounts on one address hold more than theirs, running
 * or queued), then the queue: while anyone waits, a newcomer waits behind them, even when a slot or a
 * pooled lab happens to be free at this instant (it is already promised to the head of the queue).
 */
export function decideStart(state: StartState, limits: AdmissionLimits): StartDecision {
  if (state.learnerHeld >= limits.maxPerLearner) return { kind: "refuse", reason: "learner" };
  if (state.ipHeld !== null && state.ipHeld >= limits.maxPerIp) return { kind: "refuse", reason: "ip" };
  if (state.waiting > 0) return { kind: "queue" };
  if (state.pooledReady) return { kind: "admit", via: "pool" };
  if (state.running < limits.maxTotal) return { kind: "admit", via: "new" };
  return { kind: "queue" };
}

type Waiting = { id: number; labSlug: string };

/**
 * Whom to admit, in arrival order: each entry takes a ready pooled session of its lab when there is one
 * (no new capacity), otherwise a free slot. An entry that finds neither waits; a later entry for a lab
 * with a pooled session may still go (it takes nothing the earlier one could use).
 */
export function planAdmissions(
  waiting: Waiting[],
  running: number,
  maxTotal: number,
  pooledReady: Record<string, number>,
): { id: number; via: "pool" | "new" }[] {
  let free = Math.max(0, maxTotal - running);
  const pooled = { ...pooledReady };
  const plan: { id: number; via: "pool" | "new" }[] = [];
  for (const entry of [...waiting].sort((a, b) => a.id - b.id)) {
    if ((pooled[entry.labSlug] ?? 0) > 0) {
      pooled[entry.labSlug]--;
      plan.push({ id: entry.id, via: "pool" });
    } else if (free > 0) {
      free--;
      plan.push({ id: entry.id, via: "new" });
    }
  }
  return plan;
}

/** May the warm pool provision one more session? Only into capacity nobody is waiting for. */
export function poolMayGrow(running: number, waiting: number, maxTotal: number): boolean {
  return waiting === 0 && running < maxTotal;
}

import "server-only";
import { endSession } from "./end-lab-session";
import { labConfig } from "./lab-config";
import { findProvisioningOnHost, findSessionStatuses, findSessionsToReap, releaseSubnet } from "./queries";
import { labRuntime } from "./runtime";
import { ACTIVE_STATUSES } from "./schema";
import { fillWarmPools } from "./warm-pool";
import { prewarmClassroomLabs } from "./classroom-pool/prewarm-classroom-labs";
import { admitWaiting } from "./admission/admit-waiting";
import { processAlive } from "./process-alive";
import { sweepLostSessions } from "./sweep-lost-sessions";
import { metrics } from "@/src/server/metrics";

const STUCK_PROVISIONING_MS = 3 * 60_000;

/** Ends sessions past their timer, idle too long, or stuck provisioning; frees what ended ones still hold. */
export async function reapSessions(now = new Date()): Promise<number> {
  const c = labConfig();
  const due = await findSessionsToReap(
    now,
    new Date(now.getTime() - c.LAB_IDLE_MINUTES * 60_000),
    new Date(now.getTime() - STUCK_PROVISIONING_MS),
  );
  for (const s of due) {
    const outcome = s.status === "provisioning" ? "failed" : "expired";
    if (await endSession(s.id, outcome, s.status === "ready" || s.status === "provisioning" ? [s.status] : [])) {
      metrics.reaperActions.inc({ action: outcome === "failed" ? "ended_stuck" : "ended_expired" });
      console.log(`[labs] reaped ${s.id} (${outcome}) in pid ${process.pid}`);
    }
  }
  return due.length;
}

/**
 * Reconciliation (at start-up and every tick): Docker objects labelled by this academy but without an active session are
 * removed; ready sessions whose containers vanished or stopped are ended (sweepLostSessions). So a crash
 * leaks nothing.
 */
export async function reconcileSessions(): Promise<{ removed: number; lost: number }> {
  const runtime = labRuntime(labConfig().owner);
  // Provisioning cut short by a crash of a process on this host: it will never finish.
  for (const s of await findProvisioningOnHost()) {
    const pid = Number(s.provisioner!.split(":").at(-1));
    if (pid !== process.pid && !processAlive(pid)) await endSession(s.id, "failed", ["provisioning"]);
  }
  const labelled = await runtime.listLabelled();
  const rows = new Map((await findSessionStatuses(labelled.map((l) => l.sessionId))).map((r) => [r.id, r.status]));
  let removed = 0;
  for (const l of labelled) {
    const status = rows.get(l.sessionId);
    if (status && (ACTIVE_STATUSES as string[]).includes(status)) continue;
    await runtime.destroy(l.sessionId);
    if (status) await releaseSubnet(l.sessionId);
    removed++;
  }
  metrics.reaperActions.inc({ action: "removed_orphan" }, removed);
  return { removed, lost: await sweepLostSessions(runtime) };
}

/** One reaper tick. With the engine down it stops at the reconcile (which ends nothing) and retries next tick. */
export async function tickLabDaemon() {
  await reapSessions();
  // An engine restart between ticks stopped every lab's machines; one lost mid-provision left objects behind.
  await reconcileSessions();
  // Catches capacity freed by paths that do not end through endSession (a failed provisioning).
  await admitWaiting();
  await fillWarmPools();
  await prewarmClassroomLabs();
}

/** What server.ts starts: reconcile once, fill warm pools, then reap on an interval. */
export async function startLabDaemon(): Promise<() => void> {
  try {
    const result = await reconcileSessions();
    if (result.removed || result.lost)
      console.log(`[labs] reconciled: removed ${result.removed} orphaned, ended ${result.lost} lost sessions`);
    void fillWarmPools();
  } catch (error) {
    // No engine: courses and exams still work; the reaper below retries every interval.
    console.error("[labs] lab engine unavailable:", error instanceof Error ? error.message : error);
  }
  const timer = setInterval(() => {
    tickLabDaemon().catch((error) => console.error("[labs] reaper:", error instanceof Error ? error.message : error));
  }, labConfig().LAB_REAPER_SECONDS * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

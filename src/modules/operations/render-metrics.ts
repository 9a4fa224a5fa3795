import "server-only";
import { metrics } from "@/src/server/metrics";
import { readOperationalCounts } from "./queries";

/** The Prometheus text exposition, with the database-wide gauges read now. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const counts = await readOperationalCounts();
  for (const status of ["queued", "provisioning", "ready"]) metrics.labs.set({ status }, counts.labs[status] ?? 0);
  metrics.labsRunning.set((counts.labs.provisioning ?? 0) + (counts.labs.ready ?? 0));
  metrics.labsQueued.set(counts.labs.queued ?? 0);
  metrics.examAttemptsInProgress.set(counts.examsInProgress);
  metrics.signInFailures.set(counts.signInFailures);
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
}

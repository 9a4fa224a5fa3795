import "server-only";
import { logger } from "@/src/server/logger";
import { metrics } from "@/src/server/metrics";
import { compactSqliteIfWorthIt, deleteExpiredRows } from "./queries";
import { cutoffs, retention } from "./retention";

/** One pruning pass with the RETAIN_* periods; returns what it removed. */
export async function pruneData(now = new Date()) {
  const removed = await deleteExpiredRows(cutoffs(retention(), now));
  for (const [table, count] of Object.entries(removed)) if (count) metrics.prunedRows.inc({ table }, count);
  const compacted = await compactSqliteIfWorthIt();
  return { removed, compacted };
}

/**
 * What server.ts starts: a pass shortly after start, then every PRUNE_INTERVAL_MINUTES. Every app process may
 * run it: each pass is idempotent, and a VACUUM that meets another one is skipped until the next pass.
 */
export function startPruneScheduler(): () => void {
  const pass = () =>
    pruneData()
      .then(({ removed, compacted }) => {
        if (Object.values(removed).some(Boolean) || compacted) logger.info({ removed, compacted }, "pruned old data");
      })
      .catch((error) => logger.warn({ err: error }, "pruning failed; retrying at the next interval"));
  const first = setTimeout(pass, 30_000);
  const timer = setInterval(pass, retention().PRUNE_INTERVAL_MINUTES * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

// Pure: how long the learner at a place in the queue can expect to wait, from what the running labs have
// left. A running lab is expected to last the typical session (median of observed ones) but never past
// its own timer; when that is already over it may end any moment (the idle limit still ends it).

type RunningLab = { startedAt: Date; expiresAt: Date };

/** Median of observed session lengths in ms; the idle limit while fewer than `minSamples` were seen. */
export function typicalSessionMs(observedMs: number[], idleLimitMs: number, minSamples = 3): number {
  const samples = observedMs.filter((ms) => ms > 0).sort((a, b) => a - b);
  if (samples.length < minSamples) return idleLimitMs;
  const mid = Math.floor(samples.length / 2);
  return samples.length % 2 ? samples[mid] : Math.round((samples[mid - 1] + samples[mid]) / 2);
}

/**
 * Seconds until the `position`-th in line (1 = next) gets a lab: the slots free in order of their
 * expected ends; each freed slot starts a session that itself lasts the typical length. A slot that is
 * free already (`maxTotal` above the running count) is taken at once.
 */
export function estimateWaitSeconds(
  position: number,
  running: RunningLab[],
  maxTotal: number,
  typicalMs: number,
  now = new Date(),
): number {
  if (position < 1) return 0;
  const ends = running
    .map((r) => Math.max(0, Math.min(r.startedAt.getTime() + typicalMs, r.expiresAt.getTime()) - now.getTime()))
    .sort((a, b) => a - b);
  for (let free = Math.max(0, maxTotal - running.length); free > 0; free--) ends.unshift(0);
  if (ends.length === 0) return Math.round(typicalMs / 1000);
  // Every slot frees at `end`, then again every typicalMs: the position-th of those moments is ours.
  const index = position - 1;
  const round = Math.floor(index / ends.length);
  return Math.round((ends[index % ends.length] + round * typicalMs) / 1000);
}

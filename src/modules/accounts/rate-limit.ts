// Sign-in throttling, counted from stored attempts so several app processes agree. Delays, never locks:
// counted per (account, IP), so a stranger's guesses cannot keep the owner (or an admin) out, and the
// right password always works once the short delay has passed. A gentler per-IP delay slows spraying.
export const RATE_LIMIT = {
  windowMs: 15 * 60_000,
  freeFailuresPerPair: 5,
  firstPairDelaySeconds: 15,
  maxPairDelaySeconds: 5 * 60,
  freeFailuresPerIp: 50,
  firstIpDelaySeconds: 1,
  maxIpDelaySeconds: 60,
} as const;

export type AttemptCounts = { pairFailures: number; pairLastFailureAt?: Date; ipFailures: number; ipLastFailureAt?: Date };

/** Seconds to wait after the last failure: 0 up to the free failures, then first, 2×first, 4×first … up to max. */
export function delaySeconds(failures: number, free: number, first: number, max: number): number {
  return failures < free ? 0 : Math.min(first * 2 ** (failures - free), max);
}

/** Returns a user-facing message when the attempt must be refused (too soon after failures), else null. */
export function rateLimitMessage(counts: AttemptCounts, now = new Date()): string | null {
  const pairDelay = delaySeconds(
    counts.pairFailures,
    RATE_LIMIT.freeFailuresPerPair,
    RATE_LIMIT.firstPairDelaySeconds,
    RATE_LIMIT.maxPairDelaySeconds,
  );
  const ipDelay = delaySeconds(
    counts.ipFailures,
    RATE_LIMIT.freeFailuresPerIp,
    RATE_LIMIT.firstIpDelaySeconds,
    RATE_LIMIT.maxIpDelaySeconds,
  );
  const retryAt = Math.max(
    pairDelay ? (counts.pairLastFailureAt?.getTime() ?? now.getTime()) + pairDelay * 1000 : 0,
    ipDelay ? (counts.ipLastFailureAt?.getTime() ?? now.getTime()) + ipDelay * 1000 : 0,
  );
  if (retryAt <= now.getTime()) return null;
  const seconds = Math.ceil((retryAt - now.getTime()) / 1000);
  const wait = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `Too many failed sign-in attempts. Try again in ${wait}.`;
}

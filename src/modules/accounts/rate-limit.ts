// Sign-in throttling, counted from stored attempts so several app processes agree.
export const RATE_LIMIT = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
} as const;

export type AttemptCounts = { accountFailures: number; ipFailures: number; oldestFailureAt?: Date };

/** Returns a user-facing message when the attempt must be refused, else null. */
export function rateLimitMessage(counts: AttemptCounts, now = new Date()): string | null {
  if (counts.accountFailures < RATE_LIMIT.maxFailuresPerAccount && counts.ipFailures < RATE_LIMIT.maxFailuresPerIp) return null;
  const retryAt = (counts.oldestFailureAt?.getTime() ?? now.getTime()) + RATE_LIMIT.windowMs;
  const minutes = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

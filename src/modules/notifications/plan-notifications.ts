// What to tell whom, as plain data (so the thresholds are unit-tested without a clock or a database).
export const EXPIRY_THRESHOLDS_DAYS = [7, 30, 90] as const;
const DAY = 86_400_000;

export type PlannedNotification = {
  key: string;
  userId: string;
  kind: "certificate_expiry" | "tier_at_risk";
  title: string;
  body: string;
  href: string;
};

/** The smallest threshold (7, 30 or 90 days) the certificate is within, or null. A late first run sends only the nearest one. */
export function expiryThreshold(validUntil: Date, now: Date): number | null {
  const left = validUntil.getTime() - now.getTime();
  if (left <= 0) return null;
  return EXPIRY_THRESHOLDS_DAYS.find((t) => left <= t * DAY) ?? null;
}

export function planExpiryNotification(
  cert: { id: string; userId: string; examSlug: string; achievementTitle: string; validUntil: Date },
  now: Date,
): PlannedNotification | null {
  const threshold = expiryThreshold(cert.validUntil, now);
  if (threshold === null) return null;
  const days = Math.ceil((cert.validUntil.getTime() - now.getTime()) / DAY);
  const date = cert.validUntil.toISOString().slice(0, 10);
  return {
    key: `certificate-expiry:${cert.id}:${threshold}`,
    userId: cert.userId,
    kind: "certificate_expiry",
    title: `Your certificate expires in ${days} day${days === 1 ? "" : "s"}`,
    body: `${cert.achievementTitle} is valid until ${date}. Take the renewal exam before then to stay certified.`,
    href: `/exams/${cert.examSlug}`,
  };
}

/**
 * A tier is at risk when the organisation meets it today but would not on `lapsesBy` (the horizon
 * the partner page uses). One notification per manager, per tier and per date the shortfall starts.
 */
export function planTierRiskNotifications(input: {
  org: { id: string; name: string; tier: string };
  tierName: string;
  meetsNow: boolean;
  meetsLater: boolean;
  firstLapse: Date | null;
  managerIds: string[];
}): PlannedNotification[] {
  if (!input.meetsNow || input.meetsLater || !input.firstLapse) return [];
  const date = input.firstLapse.toISOString().slice(0, 10);
  return input.managerIds.map((userId) => ({
    key: `tier-at-risk:${input.org.id}:${input.org.tier}:${date}:${userId}`,
    userId,
    kind: "tier_at_risk",
    title: `${input.org.name} is at risk of losing ${input.tierName} status`,
    body: `Certificates expiring from ${date} take ${input.org.name} below the ${input.tierName} requirement. Renew or certify staff before then.`,
    href: "/partner",
  }));
}

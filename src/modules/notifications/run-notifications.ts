import "server-only";
import { sendMail } from "@/src/server/mail";
import { listCertificatesExpiringBefore } from "@/src/modules/certificates/queries";
import { publicBaseUrl } from "@/src/modules/certificates/issuer-identity";
import { loadPartnerOverview } from "@/src/modules/partners/load-partner-overview";
import { EXPIRY_THRESHOLDS_DAYS, planExpiryNotification, planTierRiskNotifications, type PlannedNotification } from "./plan-notifications";
import { claimEmail, createNotificationOnce, listPartnerManagers, listUnmailed, markEmailed } from "./queries";

const DAY = 86_400_000;
const STALE_CLAIM_MS = 15 * 60_000; // a process that claimed an email and died: another retries after this

async function plan(now: Date): Promise<PlannedNotification[]> {
  const planned: PlannedNotification[] = [];
  const horizon = new Date(now.getTime() + Math.max(...EXPIRY_THRESHOLDS_DAYS) * DAY);
  const certs = await listCertificatesExpiringBefore(now, horizon);
  for (const c of certs) {
    // Renewed (a later certificate for the same exam) = nothing to remind about.
    if (c.renewedBy) continue;
    const n = planExpiryNotification(c, now);
    if (n) planned.push(n);
  }
  for (const [orgId, managerIds] of await listPartnerManagers()) {
    const overview = await loadPartnerOverview(orgId, now);
    if (!overview) continue;
    planned.push(
      ...planTierRiskNotifications({
        org: overview.org,
        tierName: overview.tier.title,
        meetsNow: overview.now.meets,
        meetsLater: overview.later.meets,
        firstLapse: overview.expiring[0]?.validUntil ?? null,
        managerIds,
      }),
    );
  }
  return planned;
}

/** One pass: create what is due (once each, by key), then mail what is not mailed yet (once each, by claim). */
export async function runNotifications(now = new Date(), mailEnv: Record<string, string | undefined> = process.env) {
  let created = 0;
  for (const n of await plan(now)) if (await createNotificationOnce(n)) created++;
  let emailed = 0;
  for (const n of await listUnmailed(new Date(now.getTime() - STALE_CLAIM_MS))) {
    if (!(await claimEmail(n.id, n.emailClaimedAt, now))) continue; // the run's clock, as the stale test above uses it
    const link = n.href ? `\n\n${publicBaseUrl()}${n.href}` : "";
    await sendMail({ to: n.user.email, subject: n.title, text: `Hello ${n.user.name},\n\n${n.body}${link}\n\nCyberwall Academy` }, mailEnv);
    await markEmailed(n.id);
    emailed++;
  }
  return { created, emailed };
}

/** What server.ts starts: a pass at start and then every NOTIFY_INTERVAL_MINUTES (several processes may run it). */
export function startNotificationScheduler(intervalMinutes: number): () => void {
  const tick = () => runNotifications().catch((error) => console.error("[notifications]", error instanceof Error ? error.message : error));
  void tick();
  const timer = setInterval(tick, intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

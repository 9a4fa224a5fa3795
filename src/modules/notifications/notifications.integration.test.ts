// Expiry and tier-risk notifications on a real database and a real SMTP server: each one is created and
// mailed exactly once, even when several app processes run the scheduler at the same moment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { startSmtpSink } from "@/tests/support/smtp-sink";
import { expiryThreshold } from "./plan-notifications";
import { runNotifications } from "./run-notifications";
import { listNotifications } from "./queries";

const DAY = 86_400_000;
const EXAM = "certified-professional-camera-cybersecurity";
const now = new Date("2027-03-01T08:00:00Z");
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let mailEnv: Record<string, string>;
let seq = 0;

async function user(name: string, data: { organizationId?: string; role?: "PARTNER_MANAGER" } = {}) {
  return db.user.create({
    // Verified addresses: only those count toward a partner (issue 13.7).
    data: { name, email: `${name.toLowerCase()}-${seq++}@example.com`, emailVerified: new Date(), ...data },
    select: { id: true, email: true },
  });
}
async function certify(userId: string, daysLeft: number, extra: { revokedAt?: Date } = {}) {
  seq++;
  return db.certificate.create({
    data: {
      id: `cert-${seq}`,
      userId,
      examSlug: EXAM,
      achievementTitle: "Certified Professional: Camera Cybersecurity",
      holderName: "x",
      attemptId: `attempt-${seq}`,
      issuedAt: new Date(now.getTime() - 400 * DAY),
      validUntil: new Date(now.getTime() + daysLeft * DAY),
      statusListIndex: seq,
      evidenceHash: "x",
      jwt: "x",
      ...extra,
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  mailEnv = { SMTP_URL: sink.url, MAIL_FROM: "Academy <academy@example.com>" };
});
afterAll(() => sink.close());

describe("certificate expiry notifications", () => {
  it("thresholds: 90, 30 and 7 days; the nearest one only; none once expired", () => {
    expect(expiryThreshold(new Date(now.getTime() + 120 * DAY), now)).toBeNull();
    expect(expiryThreshold(new Date(now.getTime() + 90 * DAY), now)).toBe(90);
    expect(expiryThreshold(new Date(now.getTime() + 31 * DAY), now)).toBe(90);
    expect(expiryThreshold(new Date(now.getTime() + 30 * DAY), now)).toBe(30);
    expect(expiryThreshold(new Date(now.getTime() + 3 * DAY), now)).toBe(7);
    expect(expiryThreshold(new Date(now.getTime() - 1), now)).toBeNull();
  });

  it("are created and mailed once each, with several schedulers racing; renewed and revoked ones stay quiet", async () => {
    const soon = await user("Sam");
    const renewed = await user("Rita");
    const revoked = await user("Rob");
    const later = await user("Lee");
    await certify(soon.id, 25);
    await certify(renewed.id, 20);
    await certify(renewed.id, 900); // took the renewal exam already
    await certify(revoked.id, 5, { revokedAt: new Date(now.getTime() - DAY) });
    await certify(later.id, 200);

    const runs = await Promise.all([runNotifications(now, mailEnv), runNotifications(now, mailEnv), runNotifications(now, mailEnv)]);
    expect(runs.reduce((n, r) => n + r.created, 0)).toBe(1);
    expect(runs.reduce((n, r) => n + r.emailed, 0)).toBe(1);
    expect(sink.messages.map((m) => m.to)).toEqual([[soon.email]]);
    expect(sink.messages[0].subject).toBe("Your certificate expires in 25 days");
    expect(sink.messages[0].body).toContain(`/exams/${EXAM}`);
    expect((await listNotifications(soon.id)).map((n) => n.title)).toEqual(["Your certificate expires in 25 days"]);

    // A day later: still within 30 days, nothing new. Three weeks later: the 7-day one, once.
    expect(await runNotifications(new Date(now.getTime() + DAY), mailEnv)).toEqual({ created: 0, emailed: 0 });
    await runNotifications(new Date(now.getTime() + 20 * DAY), mailEnv);
    await runNotifications(new Date(now.getTime() + 21 * DAY), mailEnv);
    expect(sink.messages.filter((m) => m.to[0] === soon.email).map((m) => m.subject)).toEqual([
      "Your certificate expires in 25 days",
      "Your certificate expires in 5 days",
    ]);
    expect(sink.messages.some((m) => [renewed.email, revoked.email, later.email].includes(m.to[0]))).toBe(false);
  });

  it("a claimed email whose process died is sent by another process after a while, once", async () => {
    const u = await user("Cleo");
    await certify(u.id, 60);
    await runNotifications(now, {}); // no SMTP configured: printed to the console, still marked as sent
    const row = await db.notification.findFirstOrThrow({ where: { userId: u.id } });
    expect(row.emailedAt).not.toBeNull();
    await db.notification.update({ where: { id: row.id }, data: { emailedAt: null, emailClaimedAt: new Date() } }); // claimed, then crashed
    expect((await runNotifications(new Date(Date.now() + 60_000), mailEnv)).emailed).toBe(0);
    expect((await runNotifications(new Date(Date.now() + 16 * 60_000), mailEnv)).emailed).toBe(1);
    expect(sink.messages.filter((m) => m.to[0] === u.email)).toHaveLength(1);
  });
});

describe("partner tier at risk", () => {
  it("tells the organisation's managers once when expiring certificates would take it below its tier", async () => {
    const org = await db.organization.create({ data: { name: "Fabrikam", code: "FABRIKAM", tier: "AUTHORIZED" }, select: { id: true } });
    const manager = await user("Mona", { organizationId: org.id, role: "PARTNER_MANAGER" });
    const staff = await user("Finn", { organizationId: org.id });
    await certify(staff.id, 40); // the only certified professional, lapsing within the partner horizon
    const outsider = await user("Otto", { role: "PARTNER_MANAGER" });
    await runNotifications(now, mailEnv);
    await runNotifications(now, mailEnv);
    const mails = sink.messages.filter((m) => m.to[0] === manager.email);
    expect(mails.map((m) => m.subject)).toEqual(["Fabrikam is at risk of losing Authorized status"]);
    expect(mails[0].body).toContain("/partner");
    expect(sink.messages.some((m) => m.to[0] === outsider.email)).toBe(false);
  });
});

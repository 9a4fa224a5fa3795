import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { pruneData } from "./prune-data";

const DAY = 86_400_000;
const now = new Date("2027-06-30T12:00:00Z");
// Mid-day, so no row sits exactly on a cut-off.
const at = (daysAgo: number, minute = 0) => new Date(now.getTime() - (daysAgo + 0.5) * DAY + minute * 60_000);
// SQLite gives the freed pages back (VACUUM); PostgreSQL's autovacuum reuses them in place instead.
const onSqlite = process.env.DATABASE_URL!.startsWith("file:");
const fileSize = () => {
  const file = process.env.DATABASE_URL!.slice("file:".length);
  return [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
};
const progress = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ message: `camera-${i} ready ${"x".repeat(120)}`, done: i + 1, total: n, at: now.toISOString() }));

/** A year of a busy academy, per day: 150 sign-ins (a tenth failing), 30 audit rows, an invite, six lab sessions with event logs. */
async function insertYear(userId: string, orgId: string) {
  const days = Array.from({ length: 365 }, (_, d) => d);
  const signIns = days.flatMap((d) =>
    Array.from({ length: 150 }, (_, i) => ({
      email: `u${i % 40}@example.com`,
      ip: `10.1.${i % 200}.1`,
      success: i % 10 !== 0,
      createdAt: at(d, i),
    })),
  );
  const audit = days.flatMap((d) =>
    Array.from({ length: 30 }, (_, i) => ({
      action: "auth.sign_in_failed",
      target: `u${i}@example.com`,
      ip: "10.1.1.1",
      detail: "{}",
      createdAt: at(d, i),
    })),
  );
  const invites = days.map((d) => ({
    tokenHash: `h-${d}`,
    organizationId: orgId,
    createdById: userId,
    createdAt: at(d + 14),
    expiresAt: at(d),
  }));
  const labs = days.flatMap((d) =>
    [0, 1, 2, 3, 4, 5].map((i) => ({
      userId: i < 4 ? userId : null, // two a day were warm-pool sessions nobody claimed
      labSlug: "first-boot",
      status: "expired" as const,
      progress: progress(12),
      createdAt: at(d, i),
      finishedAt: at(d, i + 30),
      expiresAt: at(d, i + 30),
      hardExpiresAt: at(d, i + 60),
    })),
  );
  for (let i = 0; i < signIns.length; i += 5000) await db.signInAttempt.createMany({ data: signIns.slice(i, i + 5000) });
  await db.auditLog.createMany({ data: audit });
  await db.partnerInvite.createMany({ data: invites });
  await db.labSession.createMany({ data: labs });
}

describe("pruning (the real database)", () => {
  it("a year of traffic shrinks to the retention periods, rows and file size alike; kept data is untouched", async () => {
    process.env.RETAIN_AUDIT_DAYS = "90"; // the others at their defaults: 30 days
    const user = await db.user.create({ data: { name: "Prune", email: "prune@example.com" } });
    const org = await db.organization.create({ data: { name: "Org", code: "PRUNE" } });
    await insertYear(user.id, org.id);
    const kept = await db.labSession.create({
      data: {
        userId: user.id,
        labSlug: "first-boot",
        status: "ready",
        progress: progress(3),
        expiresAt: at(-1),
        hardExpiresAt: at(-2),
        steps: { create: { stepId: "s", passed: true } },
      },
    });
    const before = onSqlite ? fileSize() : 0;
    expect(await db.signInAttempt.count()).toBe(365 * 150);

    const { removed, compacted } = await pruneData(now);
    expect(await db.signInAttempt.count()).toBe(30 * 150); // days 0..29
    expect(await db.auditLog.count()).toBe(90 * 30);
    expect(await db.partnerInvite.count()).toBe(30);
    expect(await db.labSession.count({ where: { userId: null } })).toBe(30 * 2);
    expect(await db.labSession.count({ where: { userId: user.id, status: "expired" } })).toBe(365 * 4); // progress rows stay
    expect(await db.labSession.count({ where: { progress: { not: [] } } })).toBe(30 * 6 + 1);
    expect((await db.labSession.findUniqueOrThrow({ where: { id: kept.id }, include: { steps: true } })).steps).toHaveLength(1);
    expect(removed).toMatchObject({ signInAttempts: 335 * 150, auditLog: 275 * 30, partnerInvites: 335, unclaimedLabSessions: 335 * 2 });
    expect(compacted).toBe(onSqlite);
    if (onSqlite) {
      const after = fileSize();
      console.info(`database ${Math.round(before / 1024)} KiB -> ${Math.round(after / 1024)} KiB after pruning`);
      expect(after).toBeLessThan(before * 0.35);
    }

    // Idempotent: a second pass (another process, the next interval) removes nothing and does not compact.
    expect(await pruneData(now)).toMatchObject({ removed: { signInAttempts: 0, auditLog: 0, labEventLogs: 0 }, compacted: false });
  }, 120_000);

  it("refuses a malformed retention period instead of pruning everything", async () => {
    process.env.RETAIN_SIGN_IN_DAYS = "0";
    await expect(pruneData(now)).rejects.toThrow(/RETAIN_SIGN_IN_DAYS/);
    process.env.RETAIN_SIGN_IN_DAYS = "";
  });
});

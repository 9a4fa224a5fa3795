import { describe, expect, it } from "vitest";
import { authenticate } from "./authenticate";
import { createUser } from "./queries";
import { hashPassword } from "./hash-password";
import { unlockSignIn } from "./unlock-sign-in";
import { db } from "@/src/server/db";

const PASSWORD = "Correct-Horse-Lens-7";

async function makeUser(email: string) {
  return createUser({ name: "Test User", email, passwordHash: await hashPassword(PASSWORD) });
}
const audits = (action: string, target: string) => db.auditLog.count({ where: { action, target } });

describe("authenticate (real SQLite)", () => {
  it("signs in with the right password and records the attempt", async () => {
    await makeUser("ok@example.com");
    const result = await authenticate({ email: "OK@example.com ", password: PASSWORD }, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email: "ok@example.com", role: "LEARNER", sessionVersion: 0 } });
    expect(await db.signInAttempt.count({ where: { email: "ok@example.com", success: true } })).toBe(1);
  });

  it("refuses a wrong password and an unknown account with the same message", async () => {
    await makeUser("wrong@example.com");
    const wrong = await authenticate({ email: "wrong@example.com", password: "nope" }, "10.0.0.2");
    const unknown = await authenticate({ email: "ghost@example.com", password: "nope" }, "10.0.0.2");
    expect(wrong).toEqual({ ok: false, reason: "invalid", message: "Email or password is incorrect." });
    expect(unknown).toEqual(wrong);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed", ip: "10.0.0.2" } })).toBe(2);
  });

  it("counts parallel guesses before checking any password: at most 5 of 10 are checked (13.5)", async () => {
    await makeUser("race@example.com");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => authenticate({ email: "race@example.com", password: `bad-${i}` }, "10.4.0.1")),
    );
    expect(await audits("auth.sign_in_failed", "race@example.com")).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBeGreaterThanOrEqual(5);
  });

  it("a guess whose clock read came first but took the lock last still counts the ones before it", async () => {
    await makeUser("clock@example.com");
    const now = Date.now();
    // Five parallel guesses that read the clock a little later reserved first.
    for (let i = 0; i < 5; i++)
      await authenticate({ email: "clock@example.com", password: `bad-${i}` }, "10.4.0.2", new Date(now + 50 + i));
    expect(await authenticate({ email: "clock@example.com", password: "bad-6" }, "10.4.0.2", new Date(now))).toMatchObject({
      reason: "rate_limited",
    });
  });

  it("a stranger's failures never lock the owner out, admins included (13.6)", async () => {
    await makeUser("owner@example.com");
    for (let i = 0; i < 12; i++) await authenticate({ email: "owner@example.com", password: `bad-${i}` }, "10.1.0.66");
    expect(await authenticate({ email: "owner@example.com", password: PASSWORD }, "10.1.0.66")).toMatchObject({ reason: "rate_limited" });
    expect(await authenticate({ email: "owner@example.com", password: PASSWORD }, "10.1.0.7")).toMatchObject({ ok: true });
  });

  it("delays progressively instead of locking: the right password works once the delay has passed", async () => {
    await makeUser("slow@example.com");
    for (let i = 0; i < 5; i++) await authenticate({ email: "slow@example.com", password: `bad-${i}` }, "10.5.0.1");
    const early = await authenticate({ email: "slow@example.com", password: PASSWORD }, "10.5.0.1");
    expect(early).toEqual({ ok: false, reason: "rate_limited", message: "Too many failed sign-in attempts. Try again in 15 seconds." });
    const later = new Date(Date.now() + 16_000);
    expect(await authenticate({ email: "slow@example.com", password: PASSWORD }, "10.5.0.1", later)).toMatchObject({ ok: true });
  });

  it("twenty failures from one IP do not lock out everyone behind it", async () => {
    await makeUser("colleague@example.com");
    for (let i = 0; i < 20; i++) await authenticate({ email: `spray${i}@example.com`, password: "guess" }, "10.2.0.1");
    expect(await authenticate({ email: "colleague@example.com", password: PASSWORD }, "10.2.0.1")).toMatchObject({ ok: true });
  });

  it("an admin can lift the delays, audited", async () => {
    await makeUser("unlock@example.com");
    for (let i = 0; i < 8; i++) await authenticate({ email: "unlock@example.com", password: `bad-${i}` }, "10.6.0.1");
    expect(await authenticate({ email: "unlock@example.com", password: PASSWORD }, "10.6.0.1")).toMatchObject({ reason: "rate_limited" });
    const admin = await makeUser("the-admin@example.com");
    expect(await unlockSignIn(admin.id, "unlock@example.com")).toBeGreaterThanOrEqual(8);
    expect(await db.auditLog.findFirst({ where: { action: "auth.sign_in_unlocked", target: "unlock@example.com" } })).toMatchObject({
      actorId: admin.id,
    });
    expect(await authenticate({ email: "unlock@example.com", password: PASSWORD }, "10.6.0.1")).toMatchObject({ ok: true });
  });

  it("does not return the password hash", async () => {
    await makeUser("nohash@example.com");
    const result = await authenticate({ email: "nohash@example.com", password: PASSWORD }, "10.3.0.1");
    expect(result.ok && Object.keys(result.user)).not.toContain("passwordHash");
  });
});

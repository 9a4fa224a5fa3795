import { describe, expect, it } from "vitest";
import { authenticate } from "./authenticate";
import { createUser } from "./queries";
import { hashPassword } from "./hash-password";
import { RATE_LIMIT } from "./rate-limit";
import { db } from "@/src/server/db";

const PASSWORD = "Correct-Horse-Lens-7";

async function makeUser(email: string) {
  return createUser({ name: "Test User", email, passwordHash: await hashPassword(PASSWORD) });
}

describe("authenticate (real SQLite)", () => {
  it("signs in with the right password and records the attempt", async () => {
    await makeUser("ok@example.com");
    const result = await authenticate({ email: "OK@example.com ", password: PASSWORD }, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email: "ok@example.com", role: "LEARNER" } });
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

  it("locks an account after repeated failures, even with the right password", async () => {
    await makeUser("locked@example.com");
    for (let i = 0; i < RATE_LIMIT.maxFailuresPerAccount; i++) {
      await authenticate({ email: "locked@example.com", password: `bad-${i}` }, `10.1.0.${i}`);
    }
    const result = await authenticate({ email: "locked@example.com", password: PASSWORD }, "10.1.0.99");
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(result.ok === false && result.message).toMatch(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./);
  });

  it("throttles one IP spraying many accounts", async () => {
    await makeUser("victim@example.com");
    for (let i = 0; i < RATE_LIMIT.maxFailuresPerIp; i++) {
      await authenticate({ email: `spray${i}@example.com`, password: "guess" }, "10.2.0.1");
    }
    expect(await authenticate({ email: "victim@example.com", password: PASSWORD }, "10.2.0.1")).toMatchObject({ reason: "rate_limited" });
    expect(await authenticate({ email: "victim@example.com", password: PASSWORD }, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("does not return the password hash", async () => {
    await makeUser("nohash@example.com");
    const result = await authenticate({ email: "nohash@example.com", password: PASSWORD }, "10.3.0.1");
    expect(result.ok && Object.keys(result.user)).not.toContain("passwordHash");
  });
});

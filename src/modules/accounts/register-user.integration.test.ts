import { describe, expect, it } from "vitest";
import { registerUser } from "./register-user";
import { signUpSchema } from "./schema";
import { db } from "@/src/server/db";

const valid = { name: "Nina Newcomer", email: "nina@example.com", password: "Tripod-Lens-2026", organizationCode: "" };

async function register(overrides: Record<string, string>) {
  const parsed = signUpSchema.safeParse({ ...valid, ...overrides });
  if (!parsed.success) return { ok: false as const, errors: { [String(parsed.error.issues[0].path[0])]: parsed.error.issues[0].message } };
  return registerUser(parsed.data);
}

describe("registerUser (real SQLite)", () => {
  it("creates a learner in the organisation named by its code (case-insensitive)", async () => {
    const org = await db.organization.create({ data: { name: "Acme", code: "ACME-1" } });
    const result = await register({ email: "Member@Example.com", organizationCode: "acme-1" });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({
      where: { email: "member@example.com" },
      select: { role: true, organizationId: true, passwordHash: true },
    });
    expect(user).toMatchObject({ role: "LEARNER", organizationId: org.id });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [{ password: "password123" }, "password", /too common/],
    [{ email: "not-an-email" }, "email", /valid email/],
    [{ name: "x".repeat(101) }, "name", /at most 100/],
    [{ email: `${"a".repeat(250)}@example.com` }, "email", /at most 254/],
    [{ organizationCode: "NOPE" }, "organizationCode", /No partner organisation/],
    [{ organizationCode: "DROP TABLE;" }, "organizationCode", /letters, digits and dashes/],
  ])("refuses %o with a message on %s and writes nothing", async (overrides, field, message) => {
    const before = await db.user.count();
    const result = await register(overrides);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]).toMatch(message);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses an existing email", async () => {
    await register({ email: "dup@example.com" });
    const before = await db.user.count();
    const again = await register({ email: "DUP@example.com" });
    expect(!again.ok && again.errors.email).toBe("An account with this email already exists. Sign in instead.");
    expect(await db.user.count()).toBe(before);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { createOrganization, setOrganizationTier, setUserOrganization, setUserRole } from "./queries";

const ADMIN = "admin-id";
const audited = async () =>
  (await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((a) => [
    a.action,
    a.actorId,
    a.target,
    a.detail && JSON.parse(a.detail),
  ]);

describe("admin queries", () => {
  it("changes roles and reports the previous one; only a real change is audited", async () => {
    const user = await db.user.create({ data: { name: "Rita", email: "rita@example.com" } });
    expect(await setUserRole(user.id, "TRAINER", ADMIN)).toBe("LEARNER");
    expect(await setUserRole(user.id, "TRAINER", ADMIN)).toBe("TRAINER");
    expect(await setUserRole("nobody", "ADMIN", ADMIN)).toBeNull();
    expect(await audited()).toEqual([["user.role_changed", ADMIN, user.id, { from: "LEARNER", to: "TRAINER" }]]);
  });
  it("creates organisations once per code, sets tiers, and refuses unknown organisations, audited", async () => {
    await db.auditLog.deleteMany();
    expect(await createOrganization({ name: "Acme", code: "ACME", tier: "AUTHORIZED" }, ADMIN)).toBe("created");
    expect(await createOrganization({ name: "Acme 2", code: "ACME", tier: "GOLD" }, ADMIN)).toBe("duplicate");
    const org = await db.organization.findUniqueOrThrow({ where: { code: "ACME" } });
    expect(await setOrganizationTier(org.id, "GOLD", ADMIN)).toBe("AUTHORIZED");
    expect(await setOrganizationTier("nope", "GOLD", ADMIN)).toBeNull();
    const user = await db.user.create({ data: { name: "Otto", email: "otto@example.com" } });
    expect(await setUserOrganization(user.id, org.id, ADMIN)).toBe(true);
    expect(await setUserOrganization(user.id, "no-such-org", ADMIN)).toBe(false);
    expect(await setUserOrganization("no-such-user", org.id, ADMIN)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).organizationId).toBe(org.id);
    expect(await audited()).toEqual([
      ["organization.created", ADMIN, "ACME", { tier: "AUTHORIZED" }],
      ["organization.tier_changed", ADMIN, org.id, { from: "AUTHORIZED", to: "GOLD" }],
      ["user.organization_changed", ADMIN, user.id, { organizationId: org.id }],
    ]);
  });
  it("commits no change without its audit row", async () => {
    const user = await db.user.create({ data: { name: "Ada", email: "ada@example.com" } });
    await db.$executeRawUnsafe('DROP TABLE "AuditLog"'); // this file's own throwaway database; the last test
    await expect(setUserRole(user.id, "ADMIN", ADMIN)).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("LEARNER");
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { createOrganization, setOrganizationTier, setUserOrganization, setUserRole } from "./queries";

describe("admin queries", () => {
  it("changes roles and reports the previous one", async () => {
    const user = await db.user.create({ data: { name: "Rita", email: "rita@example.com" } });
    expect(await setUserRole(user.id, "TRAINER")).toBe("LEARNER");
    expect(await setUserRole(user.id, "TRAINER")).toBe("TRAINER");
    expect(await setUserRole("nobody", "ADMIN")).toBeNull();
  });
  it("creates organisations once per code, sets tiers, and refuses unknown organisations", async () => {
    expect(await createOrganization({ name: "Acme", code: "ACME", tier: "AUTHORIZED" })).toBe("created");
    expect(await createOrganization({ name: "Acme 2", code: "ACME", tier: "GOLD" })).toBe("duplicate");
    const org = await db.organization.findUniqueOrThrow({ where: { code: "ACME" } });
    expect(await setOrganizationTier(org.id, "GOLD")).toBe("AUTHORIZED");
    expect(await setOrganizationTier("nope", "GOLD")).toBeNull();
    const user = await db.user.create({ data: { name: "Otto", email: "otto@example.com" } });
    expect(await setUserOrganization(user.id, org.id)).toBe(true);
    expect(await setUserOrganization(user.id, "no-such-org")).toBe(false);
    expect(await setUserOrganization("no-such-user", org.id)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).organizationId).toBe(org.id);
  });
});

import { describe, expect, it } from "vitest";
import { resolvePartnerOrg } from "./resolve-partner-org";

describe("resolvePartnerOrg", () => {
  it("pins a partner manager to their own organisation, ignoring the requested one", () => {
    expect(resolvePartnerOrg({ role: "PARTNER_MANAGER", organizationId: "northwind" }, "contoso")).toBe("northwind");
    expect(resolvePartnerOrg({ role: "PARTNER_MANAGER", organizationId: null }, "contoso")).toBeNull();
  });
  it("lets an admin choose, and gives other roles nothing", () => {
    expect(resolvePartnerOrg({ role: "ADMIN", organizationId: null }, "contoso")).toBe("contoso");
    expect(resolvePartnerOrg({ role: "ADMIN", organizationId: null })).toBeNull();
    expect(resolvePartnerOrg({ role: "LEARNER", organizationId: "northwind" }, "northwind")).toBeNull();
    expect(resolvePartnerOrg({ role: "TRAINER", organizationId: "northwind" })).toBeNull();
  });
});

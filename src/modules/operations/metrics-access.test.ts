import { describe, expect, it } from "vitest";
import { metricsAccess } from "./metrics-access";
import { cameViaProxy } from "@/src/server/request-context";

describe("metricsAccess", () => {
  it("lets the machine's own scraper in over loopback (IPv4, IPv6, mapped)", () => {
    for (const ip of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(metricsAccess({ ip, viaProxy: false })).toBe("loopback");
  });
  it("asks everyone else to be an admin: other addresses, and loopback through a proxy", () => {
    for (const ip of ["10.0.0.7", "unknown", "127.0.0.2", "::ffff:10.0.0.7"])
      expect(metricsAccess({ ip, viaProxy: false })).toBe("needs-admin");
    expect(metricsAccess({ ip: "127.0.0.1", viaProxy: true })).toBe("needs-admin");
  });
  it("knows a proxied request by any of the forwarding headers", () => {
    expect(cameViaProxy({ host: "x", "user-agent": "curl" })).toBe(false);
    for (const h of ["x-forwarded-for", "forwarded", "x-real-ip"]) expect(cameViaProxy({ [h]: "203.0.113.9" })).toBe(true);
  });
});

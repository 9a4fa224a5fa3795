import { describe, expect, it } from "vitest";
import { RATE_LIMIT, rateLimitMessage } from "./rate-limit";

describe("rateLimitMessage", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  it("allows attempts under both limits", () => {
    expect(rateLimitMessage({ accountFailures: RATE_LIMIT.maxFailuresPerAccount - 1, ipFailures: 0 }, now)).toBeNull();
  });
  it("refuses when the account has too many failures and says when to retry", () => {
    const oldest = new Date(now.getTime() - 5 * 60_000);
    expect(rateLimitMessage({ accountFailures: 5, ipFailures: 5, oldestFailureAt: oldest }, now)).toBe(
      "Too many failed sign-in attempts. Try again in 10 minutes.",
    );
  });
  it("refuses when the IP has too many failures", () => {
    expect(rateLimitMessage({ accountFailures: 0, ipFailures: RATE_LIMIT.maxFailuresPerIp }, now)).toMatch(/Try again in 15 minutes/);
  });
});

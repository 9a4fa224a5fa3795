import { describe, expect, it } from "vitest";
import { delaySeconds, RATE_LIMIT, rateLimitMessage } from "./rate-limit";

describe("rateLimitMessage", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const ago = (s: number) => new Date(now.getTime() - s * 1000);
  it("allows the free failures without delay", () => {
    expect(rateLimitMessage({ pairFailures: RATE_LIMIT.freeFailuresPerPair - 1, pairLastFailureAt: now, ipFailures: 0 }, now)).toBeNull();
  });
  it("doubles the delay per failure, up to a cap, counted from the last failure", () => {
    expect(delaySeconds(5, 5, 15, 300)).toBe(15);
    expect(delaySeconds(7, 5, 15, 300)).toBe(60);
    expect(delaySeconds(40, 5, 15, 300)).toBe(300);
    expect(rateLimitMessage({ pairFailures: 6, pairLastFailureAt: ago(10), ipFailures: 6 }, now)).toBe(
      "Too many failed sign-in attempts. Try again in 20 seconds.",
    );
    expect(rateLimitMessage({ pairFailures: 6, pairLastFailureAt: ago(31), ipFailures: 6 }, now)).toBeNull();
    expect(rateLimitMessage({ pairFailures: 30, pairLastFailureAt: ago(0), ipFailures: 30 }, now)).toMatch(/Try again in 5 minutes/u);
  });
  it("slows an IP spraying many accounts, briefly", () => {
    expect(rateLimitMessage({ pairFailures: 0, ipFailures: 49, ipLastFailureAt: now }, now)).toBeNull();
    expect(rateLimitMessage({ pairFailures: 0, ipFailures: 60, ipLastFailureAt: now }, now)).toMatch(/Try again in 60 seconds/u);
  });
});

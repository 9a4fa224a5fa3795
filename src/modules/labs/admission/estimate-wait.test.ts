import { describe, expect, it } from "vitest";
import { estimateWaitSeconds, typicalSessionMs } from "./estimate-wait";

const MIN = 60_000;
const now = new Date("2026-12-02T10:00:00Z");
const at = (offsetMin: number) => new Date(now.getTime() + offsetMin * MIN);

describe("typicalSessionMs", () => {
  it("takes the median of observed sessions, and the idle limit until enough were seen", () => {
    expect(typicalSessionMs([10 * MIN, 40 * MIN, 20 * MIN], 30 * MIN)).toBe(20 * MIN);
    expect(typicalSessionMs([10 * MIN, 20 * MIN, 30 * MIN, 40 * MIN], 30 * MIN)).toBe(25 * MIN);
    expect(typicalSessionMs([5 * MIN], 30 * MIN)).toBe(30 * MIN);
    expect(typicalSessionMs([], 30 * MIN)).toBe(30 * MIN);
  });
});

describe("estimateWaitSeconds", () => {
  // Two slots: one lab started 15 min ago, one 5 min ago; typical session 20 min; timers far away.
  const running = [
    { startedAt: at(-15), expiresAt: at(60) },
    { startedAt: at(-5), expiresAt: at(60) },
  ];

  it("the next in line waits for the earliest expected end, later places for later ends", () => {
    expect(estimateWaitSeconds(1, running, 2, 20 * MIN, now)).toBe(5 * 60);
    expect(estimateWaitSeconds(2, running, 2, 20 * MIN, now)).toBe(15 * 60);
    // Third in line: the first slot again, one typical session after it freed.
    expect(estimateWaitSeconds(3, running, 2, 20 * MIN, now)).toBe(25 * 60);
  });

  it("a lab's own timer bounds its expected end; an overdue lab may end at any moment", () => {
    const capped = [
      { startedAt: at(-1), expiresAt: at(3) },
      { startedAt: at(-50), expiresAt: at(60) },
    ];
    expect(estimateWaitSeconds(1, capped, 2, 20 * MIN, now)).toBe(0);
    expect(estimateWaitSeconds(2, capped, 2, 20 * MIN, now)).toBe(3 * 60);
  });

  it("a free slot is taken at once; no running labs means a typical session", () => {
    expect(estimateWaitSeconds(1, running, 3, 20 * MIN, now)).toBe(0);
    expect(estimateWaitSeconds(1, [], 0, 20 * MIN, now)).toBe(20 * 60);
    expect(estimateWaitSeconds(0, running, 2, 20 * MIN, now)).toBe(0);
  });
});

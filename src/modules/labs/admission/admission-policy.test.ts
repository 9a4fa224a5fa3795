import { describe, expect, it } from "vitest";
import { capacityFromHost, decideStart, planAdmissions, poolMayGrow, type StartState } from "./admission-policy";

const limits = { maxTotal: 3, maxPerIp: 4, maxPerLearner: 2 };
const idle: StartState = { running: 0, waiting: 0, learnerHeld: 0, ipHeld: 0, pooledReady: false };

describe("capacityFromHost", () => {
  it("is bounded by CPU on this 2-core 24 GB machine, by memory on a small one, and never below one", () => {
    expect(capacityFromHost(24 * 2 ** 30, 2)).toBe(60);
    expect(capacityFromHost(4 * 2 ** 30, 8)).toBe(8); // (4096 - 2048) / 256
    expect(capacityFromHost(1 * 2 ** 30, 1)).toBe(1);
  });
});

describe("decideStart", () => {
  it("admits into free capacity and queues when the cap is reached", () => {
    expect(decideStart(idle, limits)).toEqual({ kind: "admit", via: "new" });
    expect(decideStart({ ...idle, running: 2 }, limits)).toEqual({ kind: "admit", via: "new" });
    expect(decideStart({ ...idle, running: 3 }, limits)).toEqual({ kind: "queue" });
    expect(decideStart({ ...idle, running: 7 }, limits)).toEqual({ kind: "queue" });
  });

  it("never lets a newcomer pass someone waiting, even with a slot or a pooled lab free this instant", () => {
    expect(decideStart({ ...idle, running: 1, waiting: 1 }, limits)).toEqual({ kind: "queue" });
    expect(decideStart({ ...idle, running: 3, waiting: 1, pooledReady: true }, limits)).toEqual({ kind: "queue" });
  });

  it("hands over a pooled lab when nobody waits, even at the cap (it is counted already)", () => {
    expect(decideStart({ ...idle, running: 3, pooledReady: true }, limits)).toEqual({ kind: "admit", via: "pool" });
  });

  it("refuses a learner beyond their share, counting queued entries as held", () => {
    expect(decideStart({ ...idle, learnerHeld: 2 }, limits)).toEqual({ kind: "refuse", reason: "learner" });
    expect(decideStart({ ...idle, running: 3, waiting: 5, learnerHeld: 2 }, limits)).toEqual({ kind: "refuse", reason: "learner" });
  });

  it("refuses an address beyond its share, whatever the accounts, and leaves the academy's own starts alone", () => {
    expect(decideStart({ ...idle, ipHeld: 4 }, limits)).toEqual({ kind: "refuse", reason: "ip" });
    expect(decideStart({ ...idle, ipHeld: 3 }, limits)).toEqual({ kind: "admit", via: "new" });
    expect(decideStart({ ...idle, ipHeld: null }, limits)).toEqual({ kind: "admit", via: "new" });
  });
});

describe("planAdmissions", () => {
  it("admits the oldest entries into the free slots, in arrival order", () => {
    const waiting = [5, 2, 9, 3].map((id) => ({ id, labSlug: "a" }));
    expect(planAdmissions(waiting, 1, 3, {})).toEqual([
      { id: 2, via: "new" },
      { id: 3, via: "new" },
    ]);
    expect(planAdmissions(waiting, 3, 3, {})).toEqual([]);
    expect(planAdmissions(waiting, 9, 3, {})).toEqual([]);
  });

  it("uses a pooled lab for an entry of that lab without taking a slot from the one ahead", () => {
    const waiting = [
      { id: 1, labSlug: "a" },
      { id: 2, labSlug: "b" },
      { id: 3, labSlug: "b" },
    ];
    expect(planAdmissions(waiting, 3, 3, { b: 1 })).toEqual([{ id: 2, via: "pool" }]);
    expect(planAdmissions(waiting, 2, 3, { b: 1 })).toEqual([
      { id: 1, via: "new" },
      { id: 2, via: "pool" },
    ]);
  });
});

describe("poolMayGrow", () => {
  it("grows the warm pool only into capacity nobody waits for", () => {
    expect(poolMayGrow(1, 0, 3)).toBe(true);
    expect(poolMayGrow(3, 0, 3)).toBe(false);
    expect(poolMayGrow(1, 1, 3)).toBe(false);
  });
});

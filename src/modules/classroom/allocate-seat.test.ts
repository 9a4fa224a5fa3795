import { describe, expect, it } from "vitest";
import { attendedEveryDay, firstFreeSeat, nextInWaitlist, sessionDays, waitlistPosition } from "./allocate-seat";

const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));

describe("firstFreeSeat", () => {
  it("gives the lowest free seat and null when full", () => {
    expect(firstFreeSeat([], 2)).toBe(1);
    expect(firstFreeSeat([1], 2)).toBe(2);
    expect(firstFreeSeat([2], 2)).toBe(1); // a seat freed by a withdrawal is reused
    expect(firstFreeSeat([1, 2], 2)).toBeNull();
    expect(firstFreeSeat([], 0)).toBeNull();
  });
});

describe("waitlist order", () => {
  const rows = [
    { id: "c", status: "waitlisted", queuedAt: at(3) },
    { id: "a", status: "enrolled", queuedAt: at(0) },
    { id: "b", status: "waitlisted", queuedAt: at(2) },
    { id: "d", status: "withdrawn", queuedAt: at(1) },
    { id: "e", status: "waitlisted", queuedAt: at(2) },
  ];
  it("promotes the earliest waiting learner, ignoring enrolled and withdrawn ones", () => {
    expect(nextInWaitlist(rows)?.id).toBe("b");
    expect(nextInWaitlist(rows.filter((r) => r.status !== "waitlisted"))).toBeNull();
  });
  it("numbers places in the queue from 1", () => {
    expect(waitlistPosition(rows, "b")).toBe(1);
    expect(waitlistPosition(rows, "e")).toBe(2);
    expect(waitlistPosition(rows, "c")).toBe(3);
    expect(waitlistPosition(rows, "a")).toBeNull();
  });
});

describe("days and attendance", () => {
  it("lays out consecutive days at the same time", () => {
    const days = sessionDays(new Date("2026-03-02T08:00:00Z"), 2, 480);
    expect(days.map((d) => [d.day, d.start.toISOString(), d.end.toISOString()])).toEqual([
      [1, "2026-03-02T08:00:00.000Z", "2026-03-02T16:00:00.000Z"],
      [2, "2026-03-03T08:00:00.000Z", "2026-03-03T16:00:00.000Z"],
    ]);
  });
  it("requires presence on every day", () => {
    expect(attendedEveryDay([1, 2], 2)).toBe(true);
    expect(attendedEveryDay([2, 1, 3], 2)).toBe(true);
    expect(attendedEveryDay([1], 2)).toBe(false);
    expect(attendedEveryDay([1, 3], 2)).toBe(false);
  });
});

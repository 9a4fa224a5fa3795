import { describe, expect, it } from "vitest";
import { checkAttendanceMark, dayStart, markCounts } from "./check-attendance-mark";

const startsAt = new Date("2026-03-02T08:00:00Z");
const session = { startsAt, days: 2, dayMinutes: 480, cancelledAt: null };
const seated = { status: "enrolled", seat: 1 };
const hours = (h: number) => new Date(startsAt.getTime() + h * 3_600_000);

describe("checkAttendanceMark", () => {
  it("accepts a seated learner on a day that has started, including a past day", () => {
    expect(checkAttendanceMark(session, seated, 1, startsAt)).toEqual({ ok: true });
    expect(checkAttendanceMark(session, seated, 2, hours(24))).toEqual({ ok: true });
    expect(checkAttendanceMark(session, seated, 1, hours(24 * 30))).toEqual({ ok: true });
  });

  it("refuses days that have not started, to the millisecond", () => {
    expect(checkAttendanceMark(session, seated, 1, new Date(startsAt.getTime() - 1))).toEqual({
      ok: false,
      message: "Day 1 has not started yet.",
    });
    // Day 1 is under way, day 2 starts 24 h after day 1.
    expect(checkAttendanceMark(session, seated, 2, hours(23.99))).toEqual({ ok: false, message: "Day 2 has not started yet." });
  });

  it("refuses learners without a seat: never enrolled, waitlisted, withdrawn", () => {
    const refused = { ok: false, message: "Only learners holding a seat in this session can be marked." };
    expect(checkAttendanceMark(session, null, 1, hours(1))).toEqual(refused);
    expect(checkAttendanceMark(session, { status: "waitlisted", seat: null }, 1, hours(1))).toEqual(refused);
    expect(checkAttendanceMark(session, { status: "withdrawn", seat: null }, 1, hours(1))).toEqual(refused);
    expect(checkAttendanceMark(session, { status: "enrolled", seat: null }, 1, hours(1))).toEqual(refused);
  });

  it("refuses cancelled sessions and days the session does not have", () => {
    const cancelled = { ...session, cancelledAt: hours(-48) };
    expect(checkAttendanceMark(cancelled, seated, 1, hours(1))).toEqual({
      ok: false,
      message: "This session was cancelled: attendance cannot be marked.",
    });
    expect(checkAttendanceMark(session, seated, 3, hours(24 * 5))).toEqual({ ok: false, message: "No such day." });
    expect(checkAttendanceMark(session, seated, 0, hours(24 * 5))).toEqual({ ok: false, message: "No such day." });
  });

  it("puts day N at (N-1) x 24 h after day 1", () => {
    expect(dayStart(session, 2)).toEqual(hours(24));
    expect(dayStart(session, 3)).toBeNull();
  });
});

describe("markCounts", () => {
  it("counts a presence marked after the day started, for a seated learner", () => {
    expect(markCounts(session, seated, { day: 2, present: true, markedAt: hours(25) })).toBe(true);
    expect(markCounts(session, seated, { day: 2, present: false, markedAt: hours(25) })).toBe(false);
  });

  it("does not count marks the rules would have refused (rows from before the rules)", () => {
    expect(markCounts(session, seated, { day: 2, present: true, markedAt: hours(-24) })).toBe(false);
    expect(markCounts(session, null, { day: 1, present: true, markedAt: hours(1) })).toBe(false);
    expect(markCounts(session, { status: "waitlisted", seat: null }, { day: 1, present: true, markedAt: hours(1) })).toBe(false);
    expect(markCounts({ ...session, cancelledAt: hours(48) }, seated, { day: 1, present: true, markedAt: hours(1) })).toBe(false);
  });
});

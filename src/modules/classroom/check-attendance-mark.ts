// Who may be marked for which day, pure so it can be tested without a database. Sessions carry no time
// zone: startsAt is UTC and day N starts (N-1) x 24 h later (see sessionDays), so "started" is a plain
// instant comparison.
import { sessionDays } from "./allocate-seat";

export type MarkableSession = { startsAt: Date; days: number; dayMinutes: number; cancelledAt: Date | null };
export type Seat = { status: string; seat: number | null } | null;

export type MarkDecision = { ok: true } | { ok: false; message: string };

/** The instant day `day` of the session starts, or null when the session has no such day. */
export function dayStart(session: MarkableSession, day: number): Date | null {
  return sessionDays(session.startsAt, session.days, session.dayMinutes).find((d) => d.day === day)?.start ?? null;
}

/** Only a learner holding a seat, on a day that has started, of a session that is not cancelled. */
export function checkAttendanceMark(session: MarkableSession, seat: Seat, day: number, now: Date): MarkDecision {
  if (session.cancelledAt) return { ok: false, message: "This session was cancelled: attendance cannot be marked." };
  const start = dayStart(session, day);
  if (!start) return { ok: false, message: "No such day." };
  if (start.getTime() > now.getTime()) return { ok: false, message: `Day ${day} has not started yet.` };
  if (seat?.status !== "enrolled" || seat.seat === null)
    return { ok: false, message: "Only learners holding a seat in this session can be marked." };
  return { ok: true };
}

/** A recorded mark counts toward a prerequisite only if it could have been made under the rules above. */
export function markCounts(session: MarkableSession, seat: Seat, mark: { day: number; present: boolean; markedAt: Date }): boolean {
  return mark.present && checkAttendanceMark(session, seat, mark.day, mark.markedAt).ok;
}

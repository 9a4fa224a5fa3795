// Seat and waitlist rules, pure so they can be tested without a database. A seat is a number
// 1..capacity; the database enforces that one seat holds one learner (unique sessionId+seat).

/** The lowest seat number not taken, or null when the session is full. */
export function firstFreeSeat(takenSeats: readonly number[], capacity: number): number | null {
  const taken = new Set(takenSeats);
  for (let seat = 1; seat <= capacity; seat++) if (!taken.has(seat)) return seat;
  return null;
}

/** Who moves up when a seat frees: the earliest still waiting (ties broken by id for determinism). */
export function nextInWaitlist<T extends { id: string; status: string; queuedAt: Date }>(rows: readonly T[]): T | null {
  const waiting = rows.filter((r) => r.status === "waitlisted");
  waiting.sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || a.id.localeCompare(b.id));
  return waiting[0] ?? null;
}

/** 1-based place in the waitlist, or null when not waiting. */
export function waitlistPosition<T extends { id: string; status: string; queuedAt: Date }>(rows: readonly T[], id: string): number | null {
  const ordered: T[] = [];
  let rest = [...rows];
  for (let next = nextInWaitlist(rest); next; next = nextInWaitlist(rest)) {
    ordered.push(next);
    rest = rest.filter((r) => r.id !== next!.id);
  }
  const index = ordered.findIndex((r) => r.id === id);
  return index < 0 ? null : index + 1;
}

export type SessionDay = { day: number; start: Date; end: Date };

/** Day N starts (N-1) days after day 1 at the same clock time (UTC). */
export function sessionDays(startsAt: Date, days: number, dayMinutes: number): SessionDay[] {
  return Array.from({ length: days }, (_, i) => {
    const start = new Date(startsAt.getTime() + i * 86_400_000);
    return { day: i + 1, start, end: new Date(start.getTime() + dayMinutes * 60_000) };
  });
}

/** Attended = present on every day 1..days. */
export function attendedEveryDay(presentDays: readonly number[], days: number): boolean {
  const present = new Set(presentDays);
  for (let d = 1; d <= days; d++) if (!present.has(d)) return false;
  return true;
}

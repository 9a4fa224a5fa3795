// When a planned lab block runs: day N starts (N-1) days after day 1, at the same time of day.
const DAY_MS = 86_400_000;

export type PlanTimes = { day: number; startMinute: number; durationMinutes: number };

export function blockTimes(sessionStartsAt: Date, plan: PlanTimes): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(sessionStartsAt.getTime() + (plan.day - 1) * DAY_MS + plan.startMinute * 60_000);
  return { startsAt, endsAt: new Date(startsAt.getTime() + plan.durationMinutes * 60_000) };
}

/** Pooled labs exist from `leadMs` before the block until its end. */
export function isPoolWindow(times: { startsAt: Date; endsAt: Date }, now: Date, leadMs: number): boolean {
  return times.startsAt.getTime() - leadMs <= now.getTime() && now.getTime() < times.endsAt.getTime();
}

/** The deadline is fixed when the attempt starts: time limit plus the candidate's extra time. */
export function computeDeadline(startedAt: Date, timeLimitMinutes: number, extraMinutes = 0): Date {
  return new Date(startedAt.getTime() + (timeLimitMinutes + extraMinutes) * 60_000);
}

/** Answers are accepted strictly before the deadline; the server clock decides, never the browser's. */
export function isPastDeadline(deadlineAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= deadlineAt.getTime();
}

export function secondsLeft(deadlineAt: Date, now: Date = new Date()): number {
  return Math.max(0, Math.floor((deadlineAt.getTime() - now.getTime()) / 1000));
}

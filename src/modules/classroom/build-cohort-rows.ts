// The live cohort view: per attendee, the lab they are working in now and how it is going.
// Pure over the labs contract's rows so it is testable and the stream only re-sends on change.

export type LabProgressRow = {
  userId: string;
  labSlug: string;
  sessionId: string;
  status: string;
  stepsPassed: number;
  stepsTotal: number;
  hintsUsed: number;
  startedAt: Date;
  lastActivityAt: Date;
};
export type CohortRow = {
  userId: string;
  name: string;
  lab: string | null;
  status: string | null;
  stepsPassed: number;
  stepsTotal: number;
  hintsUsed: number;
  minutesInLab: number;
  idleMinutes: number | null;
  stuck: boolean;
};

const ACTIVE = new Set(["provisioning", "ready"]);
const STUCK_AFTER_MINUTES = 10;

export function buildCohortRows(
  roster: readonly { userId: string; name: string }[],
  progress: readonly LabProgressRow[],
  now: Date,
): CohortRow[] {
  return roster.map(({ userId, name }) => {
    const mine = progress.filter((p) => p.userId === userId);
    // Prefer a running lab; otherwise the one touched last.
    mine.sort(
      (a, b) => Number(ACTIVE.has(b.status)) - Number(ACTIVE.has(a.status)) || b.lastActivityAt.getTime() - a.lastActivityAt.getTime(),
    );
    const current = mine[0];
    if (!current)
      return {
        userId,
        name,
        lab: null,
        status: null,
        stepsPassed: 0,
        stepsTotal: 0,
        hintsUsed: 0,
        minutesInLab: 0,
        idleMinutes: null,
        stuck: false,
      };
    const running = ACTIVE.has(current.status);
    const idleMinutes = Math.max(0, Math.floor((now.getTime() - current.lastActivityAt.getTime()) / 60_000));
    const done = current.stepsTotal > 0 && current.stepsPassed >= current.stepsTotal;
    const end = running ? now : current.lastActivityAt;
    return {
      userId,
      name,
      lab: current.labSlug,
      status: current.status,
      stepsPassed: current.stepsPassed,
      stepsTotal: current.stepsTotal,
      hintsUsed: current.hintsUsed,
      minutesInLab: Math.max(0, Math.floor((end.getTime() - current.startedAt.getTime()) / 60_000)),
      idleMinutes: running ? idleMinutes : null,
      stuck: running && !done && idleMinutes >= STUCK_AFTER_MINUTES,
    };
  });
}

/** One server-sent event (data lines split so embedded newlines cannot end the event early). */
export function formatSseEvent(data: unknown, event?: string): string {
  const lines = JSON.stringify(data)
    .split("\n")
    .map((l) => `data: ${l}`);
  return `${event ? `event: ${event}\n` : ""}${lines.join("\n")}\n\n`;
}

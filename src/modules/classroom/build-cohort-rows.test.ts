import { describe, expect, it } from "vitest";
import { buildCohortRows, formatSseEvent } from "./build-cohort-rows";

const now = new Date("2026-03-02T10:00:00Z");
const minsAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const row = (
  userId: string,
  labSlug: string,
  status: string,
  passed: number,
  total: number,
  started: number,
  active: number,
  hints = 0,
) => ({
  userId,
  labSlug,
  sessionId: `${userId}-${labSlug}`,
  status,
  stepsPassed: passed,
  stepsTotal: total,
  hintsUsed: hints,
  startedAt: minsAgo(started),
  lastActivityAt: minsAgo(active),
});

describe("buildCohortRows", () => {
  const roster = [
    { userId: "a", name: "Ann" },
    { userId: "b", name: "Bo" },
    { userId: "c", name: "Cy" },
  ];
  const progress = [
    row("a", "first-boot", "destroyed", 3, 3, 90, 60),
    row("a", "attack-surface", "ready", 1, 4, 30, 2, 2),
    row("b", "first-boot", "ready", 1, 3, 40, 15, 1),
  ];
  const rows = buildCohortRows(roster, progress, now);
  it("shows the running lab with steps, hints and time", () => {
    expect(rows[0]).toMatchObject({
      name: "Ann",
      lab: "attack-surface",
      stepsPassed: 1,
      stepsTotal: 4,
      hintsUsed: 2,
      minutesInLab: 30,
      idleMinutes: 2,
      stuck: false,
    });
  });
  it("flags a learner idle for 10 minutes in an unfinished running lab as stuck", () => {
    expect(rows[1]).toMatchObject({ lab: "first-boot", idleMinutes: 15, stuck: true });
  });
  it("shows attendees without a lab", () => {
    expect(rows[2]).toMatchObject({ name: "Cy", lab: null, stuck: false });
  });
  it("falls back to the last finished lab and stops its clock", () => {
    const [r] = buildCohortRows([{ userId: "a", name: "Ann" }], [progress[0]], now);
    expect(r).toMatchObject({ lab: "first-boot", status: "destroyed", minutesInLab: 30, idleMinutes: null, stuck: false });
  });
});

describe("formatSseEvent", () => {
  it("frames JSON as one event", () => {
    expect(formatSseEvent({ a: "x\ny" }, "cohort")).toBe('event: cohort\ndata: {"a":"x\\ny"}\n\n');
  });
});

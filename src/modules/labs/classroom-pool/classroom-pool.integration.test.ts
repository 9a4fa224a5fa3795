import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "../runtime/build-fixture-image";
import { labRuntime } from "../runtime";
import { FIXTURE_LABS_DIR, labConfig } from "../lab-config";
import { startLabSession } from "../start-lab-session";
import { describePlanPools } from "./queries";
import { toSessionRow } from "../schema";
import { prewarmClassroomLabs } from "./prewarm-classroom-labs";

// A trainer's planned block: labs for every seated attendee before it starts, one to each, drained after.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
const runtime = () => labRuntime(labConfig().owner);
const MIN = 60_000;
const now = new Date();
let planId: string;
let laterPlanId: string;
const attendees: string[] = [];
let stranger: string;
let waitlisted: string;

const user = async (name: string) => (await db.user.create({ data: { name, email: `${name}@pool.test` } })).id;
const planned = (id: string) => db.labSession.findMany({ where: { poolPlanId: id }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await ensureFixtureImage();
  const trainerId = await user("trainer");
  // Day 1 began 30 minutes ago; the block starts 5 minutes from now (inside the 10-minute lead).
  const session = await db.classroomSession.create({
    data: { courseSlug: "c", title: "Class", trainerId, mode: "virtual", startsAt: new Date(now.getTime() - 30 * MIN), capacity: 8 },
  });
  for (let seat = 1; seat <= 4; seat++) {
    const id = await user(`attendee${seat}`);
    attendees.push(id);
    await db.classroomEnrolment.create({ data: { sessionId: session.id, userId: id, status: "enrolled", seat } });
  }
  waitlisted = await user("waiting");
  await db.classroomEnrolment.create({ data: { sessionId: session.id, userId: waitlisted, status: "waitlisted" } });
  stranger = await user("stranger");
  const plan = (day: number) =>
    db.classroomLabPlan.create({ data: { sessionId: session.id, day, startMinute: 35, durationMinutes: 60, labSlug: "terminal-basics" } });
  planId = (await plan(1)).id;
  laterPlanId = (await plan(2)).id;
}, 240_000);
afterAll(async () => {
  for (const s of await db.labSession.findMany({ select: { id: true } })) await runtime().destroy(s.id);
}, 120_000);

describe("classroom warm pool", { timeout: 240_000 }, () => {
  it("provisions one lab per seated attendee for the coming block only, each with its own values", async () => {
    expect(await prewarmClassroomLabs(now)).toEqual({ reserved: 4, drained: 0 });
    const labs = await planned(planId);
    expect(labs.map((s) => [s.status, s.userId])).toEqual(Array(4).fill(["ready", null]));
    expect(new Set(labs.map((s) => toSessionRow(s).variables.SERIAL)).size).toBe(4);
    expect(await planned(laterPlanId)).toHaveLength(0); // day 2's block is not due yet
    expect(await prewarmClassroomLabs(now)).toEqual({ reserved: 0, drained: 0 }); // a second tick adds none
  });

  it("hands a reserved lab only to attendees, a distinct one each; strangers and the waitlist get their own", async () => {
    const reserved = new Set((await planned(planId)).map((s) => s.id));
    for (const outsider of [stranger, waitlisted]) {
      const started = await startLabSession(outsider, "terminal-basics");
      if (!started.ok) throw new Error(started.error);
      await started.provisioning;
      expect(reserved.has(started.sessionId)).toBe(false);
    }
    const claimed: string[] = [];
    for (const id of attendees.slice(0, 3)) {
      const started = await startLabSession(id, "terminal-basics");
      if (!started.ok) throw new Error(started.error);
      expect(started.reused).toBe(false);
      claimed.push(started.sessionId);
    }
    expect(new Set(claimed).size).toBe(3);
    expect(claimed.every((id) => reserved.has(id))).toBe(true);
    const rows = await db.labSession.findMany({ where: { id: { in: claimed } } });
    expect(rows.map((r) => r.userId).sort()).toEqual(attendees.slice(0, 3).sort());
    expect(new Set(rows.map((r) => toSessionRow(r).variables.SERIAL)).size).toBe(3);
    expect(await describePlanPools([planId])).toEqual({ [planId]: { ready: 1, starting: 0, claimed: 3 } });
  });

  it("drains the unclaimed lab when the block ends and leaves the claimed ones running", async () => {
    const afterEnd = new Date(now.getTime() + 5 * MIN + 61 * MIN);
    expect(await prewarmClassroomLabs(afterEnd)).toMatchObject({ drained: 1 });
    const labs = await planned(planId);
    const unclaimed = labs.find((s) => s.userId === null)!;
    expect(unclaimed.status).toBe("expired");
    const labelled = await runtime().listLabelled();
    expect(labelled.find((l) => l.sessionId === unclaimed.id)?.containers ?? []).toHaveLength(0);
    expect(labs.filter((s) => s.userId !== null).map((s) => s.status)).toEqual(["ready", "ready", "ready"]);
  });
});

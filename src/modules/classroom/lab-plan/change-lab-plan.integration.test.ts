import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { FIXTURE_LABS_DIR } from "@/src/modules/labs/lab-config";
import { planLabBlock, unplanLabBlock } from "./change-lab-plan";
import { addLabPlanSchema } from "./schema";

// Only the session's own trainer (or an admin) plans its lab blocks; every change is audited.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
let sessionId: string;
const trainer = { id: "", role: "TRAINER" };
const otherTrainer = { id: "", role: "TRAINER" };
const form = (over: Record<string, string> = {}) =>
  addLabPlanSchema.parse({ sessionId, day: "1", offset: "1:30", durationMinutes: "90", labSlug: "terminal-basics", ...over });

beforeAll(async () => {
  trainer.id = (await db.user.create({ data: { name: "T", email: "t@plan.test", role: "TRAINER" } })).id;
  otherTrainer.id = (await db.user.create({ data: { name: "O", email: "o@plan.test", role: "TRAINER" } })).id;
  const startsAt = new Date(Date.now() + 86_400_000);
  sessionId = (
    await db.classroomSession.create({
      data: { courseSlug: "c", title: "S", trainerId: trainer.id, mode: "virtual", startsAt, capacity: 4 },
    })
  ).id;
});

describe("lab plan changes", () => {
  it("parses h:mm after the day start and refuses a malformed one", () => {
    expect(form().offset).toBe(90);
    expect(addLabPlanSchema.safeParse({ ...form(), offset: "90" }).success).toBe(false);
    expect(addLabPlanSchema.safeParse({ ...form(), offset: "24:00" }).success).toBe(false);
  });

  it("lets the session's trainer plan and remove a block, audited", async () => {
    expect(await planLabBlock(form(), trainer)).toMatchObject({ ok: true });
    const [plan] = await db.classroomLabPlan.findMany({ where: { sessionId } });
    expect(plan).toMatchObject({ day: 1, startMinute: 90, durationMinutes: 90, labSlug: "terminal-basics" });
    expect(await unplanLabBlock({ sessionId, planId: plan.id }, trainer)).toMatchObject({ ok: true });
    const audit = await db.auditLog.findMany({ where: { target: sessionId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["classroom.lab_planned", trainer.id],
      ["classroom.lab_unplanned", trainer.id],
    ]);
  });

  it("refuses another trainer, days the session lacks, unknown labs and cancelled sessions", async () => {
    expect(await planLabBlock(form(), otherTrainer)).toMatchObject({ ok: false, message: expect.stringContaining("Only this session") });
    expect(await planLabBlock(form({ day: "3" }), trainer)).toMatchObject({ ok: false, errors: { day: "This session has 2 days." } });
    expect(await planLabBlock(form({ labSlug: "no-such-lab" }), trainer)).toMatchObject({ ok: false, errors: { labSlug: "No such lab." } });
    const { id } = await db.classroomLabPlan.create({
      data: { sessionId, day: 1, startMinute: 0, durationMinutes: 60, labSlug: "terminal-basics" },
    });
    expect(await unplanLabBlock({ sessionId, planId: id }, otherTrainer)).toMatchObject({ ok: false });
    await db.classroomSession.update({ where: { id: sessionId }, data: { cancelledAt: new Date() } });
    expect(await planLabBlock(form(), trainer)).toMatchObject({ ok: false, message: expect.stringContaining("cancelled") });
    expect(await db.classroomLabPlan.count({ where: { sessionId } })).toBe(1);
    expect(await db.auditLog.count({ where: { target: sessionId } })).toBe(2); // refusals change nothing
  });
});

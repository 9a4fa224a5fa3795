import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { FIXTURE_LABS_DIR } from "@/src/modules/labs/lab-config";
import { withResource } from "@/src/server/auth/authorize-resource";
import { runSessionPermission } from "../session-permission";
import { planLabBlock, unplanLabBlock } from "./change-lab-plan";
import { addLabPlanSchema } from "./schema";

// Only the session's own trainer (or an admin) plans its lab blocks; every change is audited. The actions
// run the handlers through withResource, as the action wrapper does.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
let sessionId: string;
const trainer = { id: "", role: "TRAINER" as const };
const otherTrainer = { id: "", role: "TRAINER" as const };
const admin = { id: "", role: "ADMIN" as const };
type Actor = typeof trainer | typeof admin;
const plan = (input: ReturnType<typeof form>, user: Actor) =>
  withResource(runSessionPermission, input, user, "addLabPlan", (session) => planLabBlock(input, user, session));
const unplan = (input: { sessionId: string; planId: string }, user: Actor) =>
  withResource(runSessionPermission, input, user, "removeLabPlan", () => unplanLabBlock(input, user));
const form = (over: Record<string, string> = {}) =>
  addLabPlanSchema.parse({ sessionId, day: "1", offset: "1:30", durationMinutes: "90", labSlug: "terminal-basics", ...over });

beforeAll(async () => {
  trainer.id = (await db.user.create({ data: { name: "T", email: "t@plan.test", role: "TRAINER" } })).id;
  otherTrainer.id = (await db.user.create({ data: { name: "O", email: "o@plan.test", role: "TRAINER" } })).id;
  admin.id = (await db.user.create({ data: { name: "A", email: "a@plan.test", role: "ADMIN" } })).id;
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
    expect(await plan(form(), trainer)).toMatchObject({ ok: true });
    const [row] = await db.classroomLabPlan.findMany({ where: { sessionId } });
    expect(row).toMatchObject({ day: 1, startMinute: 90, durationMinutes: 90, labSlug: "terminal-basics" });
    expect(await unplan({ sessionId, planId: row.id }, admin)).toMatchObject({ ok: true }); // admins may too
    const audit = await db.auditLog.findMany({ where: { target: sessionId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["classroom.lab_planned", trainer.id],
      ["classroom.lab_unplanned", admin.id],
    ]);
  });

  it("refuses another trainer, days the session lacks, unknown labs and cancelled sessions", async () => {
    expect(await plan(form(), otherTrainer)).toMatchObject({ ok: false, message: expect.stringContaining("Only this session") });
    expect(await plan(form({ day: "3" }), trainer)).toMatchObject({ ok: false, errors: { day: "This session has 2 days." } });
    expect(await plan(form({ labSlug: "no-such-lab" }), trainer)).toMatchObject({ ok: false, errors: { labSlug: "No such lab." } });
    const { id } = await db.classroomLabPlan.create({
      data: { sessionId, day: 1, startMinute: 0, durationMinutes: 60, labSlug: "terminal-basics" },
    });
    expect(await unplan({ sessionId, planId: id }, otherTrainer)).toMatchObject({ ok: false });
    await db.classroomSession.update({ where: { id: sessionId }, data: { cancelledAt: new Date() } });
    expect(await plan(form(), trainer)).toMatchObject({ ok: false, message: expect.stringContaining("cancelled") });
    expect(await db.classroomLabPlan.count({ where: { sessionId } })).toBe(1);
    // Refusals change nothing; the other trainer's two crafted calls are audited as denied.
    expect(await db.auditLog.count({ where: { target: sessionId, action: { not: "action.denied" } } })).toBe(2);
    const denied = await db.auditLog.findMany({ where: { target: sessionId, action: "action.denied" }, orderBy: { createdAt: "asc" } });
    expect(denied.map((d) => [d.actorId, JSON.parse(d.detail!)])).toEqual([
      [otherTrainer.id, { action: "addLabPlan", resource: "classroom session" }],
      [otherTrainer.id, { action: "removeLabPlan", resource: "classroom session" }],
    ]);
  });

  it("writes the audit row in the change's own transaction: no audit, no change", async () => {
    await db.classroomSession.update({ where: { id: sessionId }, data: { cancelledAt: null } });
    const before = await db.classroomLabPlan.count({ where: { sessionId } });
    await db.$executeRawUnsafe('DROP TABLE "AuditLog"'); // this file's own throwaway database; the last test
    await expect(plan(form(), trainer)).rejects.toThrow();
    expect(await db.classroomLabPlan.count({ where: { sessionId } })).toBe(before);
  });
});

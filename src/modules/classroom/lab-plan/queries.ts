import "server-only";
import { db } from "@/src/server/db";
import { recordAudit } from "@/src/modules/audit/queries";
import { blockTimes, isPoolWindow } from "./block-times";

export type PlannedBlock = { planId: string; sessionId: string; labSlug: string; startsAt: Date; endsAt: Date; attendeeIds: string[] };

const seated = { status: "enrolled", seat: { not: null } } as const;
const LOOK_BACK_MS = 11 * 86_400_000; // sessions run at most 10 days

/** Planned blocks of sessions that are not cancelled whose pool window (lead before start, until end) holds `now`. */
export async function listPoolBlocks(now: Date, leadMs: number, planIds?: string[]): Promise<PlannedBlock[]> {
  const plans = await db.classroomLabPlan.findMany({
    where: {
      ...(planIds ? { id: { in: planIds } } : {}),
      session: { cancelledAt: null, startsAt: { gte: new Date(now.getTime() - LOOK_BACK_MS), lte: new Date(now.getTime() + leadMs) } },
    },
    select: {
      id: true,
      day: true,
      startMinute: true,
      durationMinutes: true,
      labSlug: true,
      session: { select: { id: true, startsAt: true, enrolments: { where: seated, select: { userId: true } } } },
    },
  });
  return plans
    .map((p) => ({
      planId: p.id,
      sessionId: p.session.id,
      labSlug: p.labSlug,
      ...blockTimes(p.session.startsAt, p),
      attendeeIds: p.session.enrolments.map((e) => e.userId),
    }))
    .filter((b) => isPoolWindow(b, now, leadMs));
}

export function listLabPlan(sessionId: string) {
  return db.classroomLabPlan.findMany({ where: { sessionId }, orderBy: [{ day: "asc" }, { startMinute: "asc" }] });
}

/** Adds the block and audits it in one transaction. */
export function addLabPlan(
  data: { sessionId: string; day: number; startMinute: number; durationMinutes: number; labSlug: string },
  actorId: string,
) {
  return db.$transaction(async (tx) => {
    const { id } = await tx.classroomLabPlan.create({ data, select: { id: true } });
    await recordAudit({ action: "classroom.lab_planned", actorId, target: data.sessionId, detail: { planId: id, ...data } }, tx);
    return { id };
  });
}

/** Removes the block and audits it in one transaction; false when the session has no such block. */
export function removeLabPlan(sessionId: string, planId: string, actorId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if ((await tx.classroomLabPlan.deleteMany({ where: { id: planId, sessionId } })).count !== 1) return false;
    await recordAudit({ action: "classroom.lab_unplanned", actorId, target: sessionId, detail: { planId } }, tx);
    return true;
  });
}

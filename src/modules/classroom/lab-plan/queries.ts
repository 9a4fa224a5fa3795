import "server-only";
import { db } from "@/src/server/db";
import { blockTimes, isPoolWindow } from "./block-times";

export type PlannedBlock = { planId: string; sessionId: string; labSlug: string; startsAt: Date; endsAt: Date; attendeeIds: string[] };

const seated = { status: "enrolled", seat: { not: null } };
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

export function addLabPlan(data: { sessionId: string; day: number; startMinute: number; durationMinutes: number; labSlug: string }) {
  return db.classroomLabPlan.create({ data, select: { id: true } });
}

export async function removeLabPlan(sessionId: string, planId: string): Promise<boolean> {
  return (await db.classroomLabPlan.deleteMany({ where: { id: planId, sessionId } })).count === 1;
}

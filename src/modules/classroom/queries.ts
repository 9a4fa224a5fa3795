import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/src/server/db";
import { recordAudit } from "@/src/modules/audit/queries";
import { attendedEveryDay, firstFreeSeat, nextInWaitlist, waitlistPosition } from "./allocate-seat";
import { checkAttendanceMark, markCounts, type MarkDecision } from "./check-attendance-mark";

/**
 * Contract: true when the user, holding a seat, was marked present on every day of one (not cancelled)
 * session of the course. Marks that break the marking rules (made before the day started, or for someone
 * without a seat: rows written before those rules) do not count.
 */
export async function hasAttendedClassroom(userId: string, courseSlug: string): Promise<boolean> {
  const sessions = await db.classroomSession.findMany({
    where: { courseSlug, cancelledAt: null, attendance: { some: { userId, present: true } } },
    select: {
      startsAt: true,
      days: true,
      dayMinutes: true,
      cancelledAt: true,
      enrolments: { where: { userId }, select: { status: true, seat: true } },
      attendance: { where: { userId, present: true }, select: { day: true, present: true, markedAt: true } },
    },
  });
  return sessions.some((s) =>
    attendedEveryDay(
      s.attendance.filter((a) => markCounts(s, s.enrolments[0] ?? null, a)).map((a) => a.day),
      s.days,
    ),
  );
}

const sessionSelect = {
  id: true,
  courseSlug: true,
  title: true,
  mode: true,
  location: true,
  meetingUrl: true,
  startsAt: true,
  days: true,
  dayMinutes: true,
  capacity: true,
  cancelledAt: true,
  updatedAt: true,
  trainerId: true,
  trainer: { select: { name: true } },
} as const;

export type NewSession = {
  courseSlug: string;
  title: string;
  trainerId: string;
  mode: "in_person" | "virtual";
  location: string | null;
  meetingUrl: string | null;
  startsAt: Date;
  dayMinutes: number;
  capacity: number;
};

export function createSession(data: NewSession) {
  return db.classroomSession.create({ data: { ...data, days: 2 }, select: { id: true } });
}

export function listTrainers() {
  return db.user.findMany({ where: { role: { in: ["TRAINER", "ADMIN"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Sessions a learner can see: not cancelled and not over; with seat counts and the viewer's own row. */
export async function listOpenSessions(viewerId: string, now = new Date()) {
  const since = new Date(now.getTime() - 2 * 86_400_000);
  const sessions = await db.classroomSession.findMany({
    where: { cancelledAt: null, startsAt: { gte: since } },
    orderBy: { startsAt: "asc" },
    select: {
      ...sessionSelect,
      enrolments: { where: { status: { not: "withdrawn" } }, select: { id: true, userId: true, status: true, queuedAt: true } },
    },
  });
  return sessions.map(({ enrolments, ...s }) => {
    const mine = enrolments.find((e) => e.userId === viewerId);
    return {
      ...s,
      enrolled: enrolments.filter((e) => e.status === "enrolled").length,
      waitlisted: enrolments.filter((e) => e.status === "waitlisted").length,
      myStatus: mine?.status ?? null,
      myWaitlistPlace: mine ? waitlistPosition(enrolments, mine.id) : null,
    };
  });
}

export function listSessionsForTrainer(trainerId: string | null) {
  return db.classroomSession.findMany({
    where: trainerId ? { trainerId } : undefined,
    orderBy: { startsAt: "desc" },
    select: { ...sessionSelect, _count: { select: { enrolments: { where: { status: "enrolled" } } } } },
  });
}

/** One session with roster (enrolled + waitlist) and attendance marks. */
export function getSessionDetail(sessionId: string) {
  return db.classroomSession.findUnique({
    where: { id: sessionId },
    select: {
      ...sessionSelect,
      enrolments: {
        where: { status: { not: "withdrawn" } },
        orderBy: [{ status: "asc" }, { queuedAt: "asc" }],
        select: { id: true, userId: true, status: true, seat: true, queuedAt: true, user: { select: { name: true, email: true } } },
      },
      attendance: { select: { userId: true, day: true, present: true } },
    },
  });
}

export function findSession(sessionId: string) {
  return db.classroomSession.findUnique({ where: { id: sessionId }, select: sessionSelect });
}

export function findEnrolment(sessionId: string, userId: string) {
  return db.classroomEnrolment.findUnique({ where: { sessionId_userId: { sessionId, userId } }, select: { status: true, seat: true } });
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * Takes a free seat or joins the waitlist. Idempotent for an active enrolment. A concurrent enrolment
 * taking the same seat trips the unique index; we then retry with the next free seat.
 */
export async function enrolInSession(sessionId: string, userId: string): Promise<"enrolled" | "waitlisted"> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const session = await tx.classroomSession.findUniqueOrThrow({ where: { id: sessionId }, select: { capacity: true } });
        const existing = await tx.classroomEnrolment.findUnique({
          where: { sessionId_userId: { sessionId, userId } },
          select: { status: true },
        });
        if (existing?.status === "enrolled" || existing?.status === "waitlisted") return existing.status;
        const taken = await tx.classroomEnrolment.findMany({ where: { sessionId, seat: { not: null } }, select: { seat: true } });
        const seat = firstFreeSeat(
          taken.map((t) => t.seat!),
          session.capacity,
        );
        const status = seat === null ? ("waitlisted" as const) : ("enrolled" as const);
        const data = { status, seat, queuedAt: new Date(), withdrawnAt: null };
        await tx.classroomEnrolment.upsert({
          where: { sessionId_userId: { sessionId, userId } },
          create: { sessionId, userId, ...data },
          update: data,
        });
        return status;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not allocate a seat; try again.");
}

/** Withdraws and hands the freed seat to the first learner on the waitlist. Returns who was promoted. */
export async function withdrawFromSession(sessionId: string, userId: string): Promise<{ promotedUserId: string | null }> {
  return db.$transaction(async (tx) => {
    const row = await tx.classroomEnrolment.findUnique({
      where: { sessionId_userId: { sessionId, userId } },
      select: { status: true, seat: true },
    });
    if (!row || row.status === "withdrawn") return { promotedUserId: null };
    await tx.classroomEnrolment.update({
      where: { sessionId_userId: { sessionId, userId } },
      data: { status: "withdrawn", seat: null, withdrawnAt: new Date() },
    });
    if (row.seat === null) return { promotedUserId: null };
    const waiting = await tx.classroomEnrolment.findMany({
      where: { sessionId, status: "waitlisted" },
      select: { id: true, userId: true, status: true, queuedAt: true },
    });
    const next = nextInWaitlist(waiting);
    if (!next) return { promotedUserId: null };
    await tx.classroomEnrolment.update({ where: { id: next.id }, data: { status: "enrolled", seat: row.seat } });
    return { promotedUserId: next.userId };
  });
}

export type AttendanceMark = { sessionId: string; userId: string; day: number; present: boolean; markedById: string };

/** Checks the rules on fresh rows and writes the mark with its audit row in one transaction. */
export async function markAttendance(mark: AttendanceMark, now = new Date()): Promise<MarkDecision> {
  const { sessionId, userId, day, present, markedById } = mark;
  return db.$transaction(async (tx) => {
    const session = await tx.classroomSession.findUnique({
      where: { id: sessionId },
      select: { startsAt: true, days: true, dayMinutes: true, cancelledAt: true },
    });
    if (!session) return { ok: false, message: "No such session." };
    const seat = await tx.classroomEnrolment.findUnique({
      where: { sessionId_userId: { sessionId, userId } },
      select: { status: true, seat: true },
    });
    const decision = checkAttendanceMark(session, seat, day, now);
    if (!decision.ok) return decision;
    const before = await tx.classroomAttendance.findUnique({
      where: { sessionId_userId_day: { sessionId, userId, day } },
      select: { present: true },
    });
    await tx.classroomAttendance.upsert({
      where: { sessionId_userId_day: { sessionId, userId, day } },
      create: { sessionId, userId, day, present, markedById, markedAt: now },
      update: { present, markedById, markedAt: now },
      select: { id: true },
    });
    const detail = { userId, day, present, previous: before ? before.present : null };
    await recordAudit({ action: "classroom.attendance_marked", actorId: markedById, target: sessionId, detail }, tx);
    return decision;
  });
}

/** Cancels the session and audits it in one transaction. */
export function cancelSession(sessionId: string, actorId: string) {
  return db.$transaction(async (tx) => {
    await tx.classroomSession.update({ where: { id: sessionId }, data: { cancelledAt: new Date() } });
    await recordAudit({ action: "classroom.session_cancelled", actorId, target: sessionId }, tx);
  });
}

export async function listEnrolledAttendees(sessionId: string): Promise<{ userId: string; name: string }[]> {
  const rows = await db.classroomEnrolment.findMany({
    where: { sessionId, status: "enrolled" },
    orderBy: { seat: "asc" },
    select: { userId: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, name: r.user.name }));
}

/** Contract for the dashboard: the learner's next (or current) classroom session they hold a seat in. */
export function findNextEnrolledSession(userId: string, now = new Date()) {
  return db.classroomSession.findFirst({
    where: {
      cancelledAt: null,
      startsAt: { gte: new Date(now.getTime() - 2 * 86_400_000) },
      enrolments: { some: { userId, status: "enrolled" } },
    },
    orderBy: { startsAt: "asc" },
    select: sessionSelect,
  });
}

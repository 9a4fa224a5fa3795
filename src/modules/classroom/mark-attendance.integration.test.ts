import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { loadEligibility } from "@/src/modules/exams/load-eligibility";
import type { Exam } from "@/src/modules/exams/schema";
import { cancelSession, createSession, enrolInSession, hasAttendedClassroom, markAttendance } from "./queries";

const COURSE = "cybersecurity-for-installers";
const DAY = 86_400_000;
let n = 0;
const user = (name: string) =>
  db.user.create({ data: { name, email: `${name.toLowerCase()}-mark-${n++}@example.com` }, select: { id: true } });

/** A two-day session whose day 1 started `daysAgo` days ago (negative: in the future). */
async function session(daysAgo: number, trainerId: string, capacity = 1) {
  const startsAt = new Date(Date.now() - daysAgo * DAY);
  const { id } = await createSession({
    courseSlug: COURSE,
    title: "Mark test",
    trainerId,
    mode: "in_person",
    location: "Room 1",
    meetingUrl: null,
    startsAt,
    dayMinutes: 480,
    capacity,
  });
  return id;
}
const audits = (sessionId: string) => db.auditLog.findMany({ where: { action: "classroom.attendance_marked", target: sessionId } });
const rows = (sessionId: string) => db.classroomAttendance.count({ where: { sessionId } });
const mark = (sessionId: string, userId: string, day: number, markedById: string) =>
  markAttendance({ sessionId, userId, day, present: true, markedById });

describe("markAttendance", () => {
  it("refuses a learner without a seat: never enrolled, or waitlisted", async () => {
    const [trainer, seated, waiting, stranger] = await Promise.all(["Trainer", "Seated", "Waiting", "Stranger"].map(user));
    const id = await session(5, trainer.id); // seats were taken before it started
    expect(await enrolInSession(id, seated.id)).toBe("enrolled");
    expect(await enrolInSession(id, waiting.id)).toBe("waitlisted");
    const refused = { ok: false, message: "Only learners holding a seat in this session can be marked." };
    expect(await mark(id, stranger.id, 1, trainer.id)).toEqual(refused);
    expect(await mark(id, waiting.id, 1, trainer.id)).toEqual(refused);
    expect(await rows(id)).toBe(0);
    expect(await audits(id)).toHaveLength(0);
  });

  it("refuses a day that has not started", async () => {
    const [trainer, learner] = await Promise.all(["Trainer", "Learner"].map(user));
    const future = await session(-3, trainer.id);
    await enrolInSession(future, learner.id);
    expect(await mark(future, learner.id, 1, trainer.id)).toEqual({ ok: false, message: "Day 1 has not started yet." });
    const today = await session(0.1, trainer.id); // day 1 under way, day 2 tomorrow
    await enrolInSession(today, learner.id);
    expect(await mark(today, learner.id, 2, trainer.id)).toEqual({ ok: false, message: "Day 2 has not started yet." });
    expect((await rows(future)) + (await rows(today))).toBe(0);
  });

  it("refuses a cancelled session", async () => {
    const [trainer, learner] = await Promise.all(["Trainer", "Learner"].map(user));
    const id = await session(3, trainer.id);
    await enrolInSession(id, learner.id);
    await cancelSession(id, trainer.id);
    expect(await mark(id, learner.id, 1, trainer.id)).toEqual({
      ok: false,
      message: "This session was cancelled: attendance cannot be marked.",
    });
    expect(await rows(id)).toBe(0);
  });

  it("accepts a seated learner on started days and audits every change", async () => {
    const [trainer, learner] = await Promise.all(["Trainer", "Learner"].map(user));
    const id = await session(3, trainer.id);
    await enrolInSession(id, learner.id);
    expect(await mark(id, learner.id, 1, trainer.id)).toEqual({ ok: true });
    expect(await markAttendance({ sessionId: id, userId: learner.id, day: 1, present: false, markedById: trainer.id })).toEqual({
      ok: true,
    });
    expect(await mark(id, learner.id, 2, trainer.id)).toEqual({ ok: true });
    const log = await audits(id);
    expect(log.map((a) => [a.actorId, JSON.parse(a.detail!)])).toEqual(
      expect.arrayContaining([
        [trainer.id, { userId: learner.id, day: 1, present: true, previous: null }],
        [trainer.id, { userId: learner.id, day: 1, present: false, previous: true }],
        [trainer.id, { userId: learner.id, day: 2, present: true, previous: null }],
      ]),
    );
    expect(log).toHaveLength(3);
    expect(await hasAttendedClassroom(learner.id, COURSE)).toBe(false); // day 1 now absent
    await mark(id, learner.id, 1, trainer.id);
    expect(await hasAttendedClassroom(learner.id, COURSE)).toBe(true);
  });
});

describe("the classroom prerequisite", () => {
  const exam = {
    slug: "mark-test-exam",
    prerequisites: { courses: [COURSE], classroomAttendance: true },
    attemptsAllowed: 3,
    cooldownHours: 0,
  } as unknown as Exam;
  const classroomReason = "Attend every day of a classroom session of the course first.";
  const reasons = async (userId: string) => {
    const e = await loadEligibility(userId, exam);
    return e.kind === "blocked" ? e.reasons : [];
  };

  it("is not met by rows the rules forbid: a non-seated learner, or a day marked before it started", async () => {
    const [trainer, stranger, early] = await Promise.all(["Trainer", "Stranger", "Early"].map(user));
    const id = await session(5, trainer.id, 5);
    await enrolInSession(id, early.id);
    const write = (userId: string, day: number, markedAt: Date) =>
      db.classroomAttendance.create({ data: { sessionId: id, userId, day, present: true, markedById: trainer.id, markedAt } });
    const started = new Date(Date.now() - 2 * DAY);
    // Rows as the old code wrote them: a stranger on both days, and "present" recorded before the session began.
    await write(stranger.id, 1, started);
    await write(stranger.id, 2, started);
    await write(early.id, 1, new Date(Date.now() - 6 * DAY));
    await write(early.id, 2, new Date(Date.now() - 6 * DAY));
    expect(await reasons(stranger.id)).toContain(classroomReason);
    expect(await reasons(early.id)).toContain(classroomReason);
    // Marked properly, the same learner meets it.
    expect(await mark(id, early.id, 1, trainer.id)).toEqual({ ok: true });
    expect(await mark(id, early.id, 2, trainer.id)).toEqual({ ok: true });
    expect(await reasons(early.id)).not.toContain(classroomReason);
  });
});

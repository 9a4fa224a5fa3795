import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { createSession, enrolInSession, getSessionDetail, hasAttendedClassroom, markAttendance, withdrawFromSession } from "./queries";

let n = 0;
const user = (name: string) => db.user.create({ data: { name, email: `${name.toLowerCase()}-${n++}@example.com` }, select: { id: true } });

async function newSession(capacity: number, trainerId: string, courseSlug = "cybersecurity-for-installers") {
  return createSession({
    courseSlug,
    title: "Test session",
    trainerId,
    mode: "in_person",
    location: "Room 1",
    meetingUrl: null,
    startsAt: new Date(Date.now() + 7 * 86_400_000),
    dayMinutes: 480,
    capacity,
  });
}

describe("classroom enrolment", () => {
  it("fills seats, waitlists the rest, and promotes the first in line on withdrawal", async () => {
    const trainer = await user("Trainer");
    const [a, b, c, d] = await Promise.all(["Ann", "Bo", "Cy", "Di"].map(user));
    const { id } = await newSession(2, trainer.id);
    expect(await enrolInSession(id, a.id)).toBe("enrolled");
    expect(await enrolInSession(id, b.id)).toBe("enrolled");
    expect(await enrolInSession(id, c.id)).toBe("waitlisted");
    expect(await enrolInSession(id, d.id)).toBe("waitlisted");
    expect(await enrolInSession(id, a.id)).toBe("enrolled"); // idempotent

    expect(await withdrawFromSession(id, a.id)).toEqual({ promotedUserId: c.id });
    let detail = (await getSessionDetail(id))!;
    const status = (uid: string) => detail.enrolments.find((e) => e.userId === uid)?.status;
    expect([status(a.id), status(b.id), status(c.id), status(d.id)]).toEqual([undefined, "enrolled", "enrolled", "waitlisted"]);

    // A waitlisted learner withdrawing frees no seat; re-enrolling joins the back of the queue.
    expect(await withdrawFromSession(id, d.id)).toEqual({ promotedUserId: null });
    expect(await enrolInSession(id, a.id)).toBe("waitlisted");
    detail = (await getSessionDetail(id))!;
    expect(
      detail.enrolments
        .filter((e) => e.status === "enrolled")
        .map((e) => e.seat)
        .sort(),
    ).toEqual([1, 2]);
  });

  it("never gives more seats than capacity when many learners enrol at once", async () => {
    const trainer = await user("Trainer");
    const learners = await Promise.all(Array.from({ length: 8 }, (_, i) => user(`L${i}`)));
    const { id } = await newSession(3, trainer.id);
    const results = await Promise.all(learners.map((l) => enrolInSession(id, l.id)));
    expect(results.filter((r) => r === "enrolled")).toHaveLength(3);
    const seats = await db.classroomEnrolment.findMany({ where: { sessionId: id, status: "enrolled" }, select: { seat: true } });
    expect(seats.map((s) => s.seat).sort()).toEqual([1, 2, 3]);
  });
});

describe("hasAttendedClassroom", () => {
  it("is true only after presence on both days of a session of that course", async () => {
    const trainer = await user("Trainer");
    const learner = await user("Lea");
    const { id } = await newSession(5, trainer.id);
    await enrolInSession(id, learner.id);
    expect(await hasAttendedClassroom(learner.id, "cybersecurity-for-installers")).toBe(false);
    // The session starts in 7 days: mark as the trainer would once day 2 is under way.
    const now = new Date(Date.now() + 9 * 86_400_000);
    const mark = (day: number, present: boolean) =>
      markAttendance({ sessionId: id, userId: learner.id, day, present, markedById: trainer.id }, now);
    expect(await mark(1, true)).toEqual({ ok: true });
    expect(await mark(2, false)).toEqual({ ok: true });
    expect(await hasAttendedClassroom(learner.id, "cybersecurity-for-installers")).toBe(false);
    expect(await mark(2, true)).toEqual({ ok: true });
    expect(await hasAttendedClassroom(learner.id, "cybersecurity-for-installers")).toBe(true);
    expect(await hasAttendedClassroom(learner.id, "another-course")).toBe(false);
    await db.classroomSession.update({ where: { id }, data: { cancelledAt: new Date() } });
    expect(await hasAttendedClassroom(learner.id, "cybersecurity-for-installers")).toBe(false);
  });
});

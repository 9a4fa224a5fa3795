"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { resourceFormAction, userFormAction, type FormState } from "@/src/server/action";
import { listCourseOptions } from "./course-titles";
import { runSessionPermission } from "./session-permission";
import { attendanceSchema, scheduleSessionSchema, sessionIdSchema } from "./schema";
import { cancelSession, createSession, enrolInSession, findSession, listTrainers, markAttendance, withdrawFromSession } from "./queries";

const scheduleHandler = userFormAction(["TRAINER"], scheduleSessionSchema, async (input, user) => {
  if (!(await listCourseOptions()).some((c) => c.slug === input.courseSlug))
    return { ok: false, errors: { courseSlug: "No such course." } };
  // Trainers schedule for themselves; admins may assign any trainer.
  const trainers = await listTrainers();
  if (!trainers.some((t) => t.id === input.trainerId) || (user.role !== "ADMIN" && input.trainerId !== user.id)) {
    return { ok: false, errors: { trainerId: "You can only schedule sessions you train yourself." } };
  }
  if (input.startsAt.getTime() < Date.now()) return { ok: false, errors: { startsAt: "Day 1 must be in the future." } };
  const { id } = await createSession({
    courseSlug: input.courseSlug,
    title: input.title,
    trainerId: input.trainerId,
    mode: input.mode,
    startsAt: input.startsAt,
    location: input.mode === "in_person" ? input.location : null,
    meetingUrl: input.mode === "virtual" ? input.meetingUrl : null,
    dayMinutes: input.dayHours * 60,
    capacity: input.capacity,
  });
  redirect(`/trainer/sessions/${id}`);
});
export async function scheduleSessionAction(prev: FormState, formData: FormData) {
  return scheduleHandler(prev, formData);
}

const enrolHandler = userFormAction([], sessionIdSchema, async ({ sessionId }, user) => {
  const session = await findSession(sessionId);
  if (!session || session.cancelledAt) return { ok: false, message: "This session is not open for enrolment." };
  if (session.startsAt.getTime() <= Date.now()) return { ok: false, message: "Enrolment closed when the session started." };
  const status = await enrolInSession(sessionId, user.id);
  revalidatePath("/classroom");
  return { ok: true, message: status === "enrolled" ? "You are enrolled." : "The session is full: you are on the waitlist." };
});
export async function enrolAction(prev: FormState, formData: FormData) {
  return enrolHandler(prev, formData);
}

const withdrawHandler = userFormAction([], sessionIdSchema, async ({ sessionId }, user) => {
  const session = await findSession(sessionId);
  if (!session) return { ok: false, message: "No such session." };
  if (session.startsAt.getTime() <= Date.now()) return { ok: false, message: "The session has started; ask your trainer." };
  await withdrawFromSession(sessionId, user.id);
  revalidatePath("/classroom");
  return { ok: true, message: "You have withdrawn." };
});
export async function withdrawAction(prev: FormState, formData: FormData) {
  return withdrawHandler(prev, formData);
}

const attendanceHandler = resourceFormAction(["TRAINER"], attendanceSchema, runSessionPermission, async (input, user) => {
  const result = await markAttendance({ ...input, markedById: user.id });
  if (!result.ok) return result;
  revalidatePath(`/trainer/sessions/${input.sessionId}`);
  return { ok: true };
});
export async function markAttendanceAction(prev: FormState, formData: FormData) {
  return attendanceHandler(prev, formData);
}

const cancelHandler = resourceFormAction(["TRAINER"], sessionIdSchema, runSessionPermission, async ({ sessionId }, user) => {
  await cancelSession(sessionId, user.id);
  revalidatePath(`/trainer/sessions/${sessionId}`);
  return { ok: true, message: "Session cancelled." };
});
export async function cancelSessionAction(prev: FormState, formData: FormData) {
  return cancelHandler(prev, formData);
}

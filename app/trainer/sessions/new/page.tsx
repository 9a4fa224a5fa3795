import { requireUser } from "@/src/server/auth/guards";
import { listTrainers } from "@/src/modules/classroom/queries";
import { listCourseOptions } from "@/src/modules/classroom/course-titles";
import { ScheduleForm } from "./schedule-form";

export const metadata = { title: "Schedule a session" };
export const dynamic = "force-dynamic";

export default async function NewSessionPage() {
  const user = await requireUser("TRAINER");
  const trainers = user.role === "ADMIN" ? await listTrainers() : [{ id: user.id, name: user.name }];
  const courses = await listCourseOptions();
  return (
    <div className="mx-auto max-w-xl card">
      <h1>Schedule a classroom session</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">Two consecutive days. Times are in UTC.</p>
      <ScheduleForm courses={courses} trainers={trainers} defaultTrainerId={user.id} />
    </div>
  );
}

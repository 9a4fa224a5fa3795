import { requireUser } from "@/src/server/auth/guards";
import { listOpenSessions } from "@/src/modules/classroom/queries";
import { listCourseOptions } from "@/src/modules/classroom/course-titles";
import { formatSessionWhen } from "@/src/modules/classroom/format-session";
import { enrolAction, withdrawAction } from "@/src/modules/classroom/actions";
import { ActionForm } from "@/src/components/action-form";

export const metadata = { title: "Classroom sessions" };
export const dynamic = "force-dynamic";

export default async function ClassroomPage() {
  const user = await requireUser();
  const [sessions, catalog] = await Promise.all([listOpenSessions(user.id), listCourseOptions()]);
  return (
    <div className="space-y-4">
      <h1>Classroom sessions</h1>
      <p className="text-sm text-slate-600">
        Two-day courses with a trainer, in person or online. Attending both days is a prerequisite some exams require.
      </p>
      {sessions.length === 0 && <p className="card">No sessions are scheduled right now.</p>}
      <ul className="space-y-3">
        {sessions.map((s) => {
          const full = s.enrolled >= s.capacity;
          return (
            <li key={s.id} className="card space-y-2" data-testid="classroom-session" aria-label={s.title}>
              <h2>{s.title}</h2>
              <p className="text-sm">
                {catalog.find((c) => c.slug === s.courseSlug)?.title ?? s.courseSlug} · Trainer {s.trainer.name}
              </p>
              <p className="text-sm">{formatSessionWhen(s.startsAt, s.days, s.dayMinutes)}</p>
              <p className="text-sm">
                {s.mode === "virtual" ? "Online (join link in the calendar file once enrolled)" : `In person: ${s.location}`}
              </p>
              <p className="text-sm">
                {s.enrolled} of {s.capacity} seats taken{s.waitlisted ? `, ${s.waitlisted} waiting` : ""}
              </p>
              {s.myStatus && (
                <p className="font-medium" data-testid="my-status">
                  {s.myStatus === "enrolled" ? "You are enrolled." : `You are on the waitlist (place ${s.myWaitlistPlace}).`}
                </p>
              )}
              <div className="flex flex-wrap gap-3">
                {s.myStatus ? (
                  <>
                    <ActionForm action={withdrawAction} fields={{ sessionId: s.id }} label="Withdraw" />
                    <a className="btn-secondary" href={`/api/classroom/sessions/${s.id}/ics`}>
                      Add to calendar (.ics)
                    </a>
                  </>
                ) : (
                  <ActionForm
                    action={enrolAction}
                    fields={{ sessionId: s.id }}
                    label={full ? "Join the waitlist" : "Enrol"}
                    className="btn"
                  />
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { forbidden } from "next/navigation";
import { getSessionDetail } from "@/src/modules/classroom/queries";
import { sessionDays } from "@/src/modules/classroom/allocate-seat";
import { formatDay, formatSessionWhen } from "@/src/modules/classroom/format-session";
import { courseTitle } from "@/src/modules/classroom/course-titles";
import { cancelSessionAction, markAttendanceAction } from "@/src/modules/classroom/actions";
import { ActionForm } from "@/src/components/action-form";
import { LabPlan } from "./lab-plan";
import { canRunSession } from "@/src/modules/classroom/session-permission";

export const metadata = { title: "Classroom session" };
export const dynamic = "force-dynamic";

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("TRAINER");
  const session = await getSessionDetail((await params).id);
  if (!session) notFound();
  if (!canRunSession(user, session)) forbidden();
  const days = sessionDays(session.startsAt, session.days, session.dayMinutes);
  const enrolled = session.enrolments.filter((e) => e.status === "enrolled");
  const waitlist = session.enrolments.filter((e) => e.status === "waitlisted");
  const mark = (userId: string, day: number) => session.attendance.find((a) => a.userId === userId && a.day === day)?.present;
  return (
    <div className="space-y-4">
      <h1>{session.title}</h1>
      <p className="text-sm">
        {await courseTitle(session.courseSlug)} · {formatSessionWhen(session.startsAt, session.days, session.dayMinutes)} · Trainer{" "}
        {session.trainer.name}
      </p>
      <p className="text-sm">
        {session.mode === "virtual" ? (
          <>
            Online: <a href={session.meetingUrl ?? "#"}>{session.meetingUrl}</a>
          </>
        ) : (
          <>In person: {session.location}</>
        )}
      </p>
      {session.cancelledAt && <p className="notice">This session was cancelled.</p>}
      <div className="flex flex-wrap gap-3">
        <Link className="btn" href={`/trainer/sessions/${session.id}/cohort`}>
          Live cohort view
        </Link>
        <a className="btn-secondary" href={`/api/classroom/sessions/${session.id}/ics`}>
          Calendar (.ics)
        </a>
        {!session.cancelledAt && (
          <ActionForm
            action={cancelSessionAction}
            fields={{ sessionId: session.id }}
            label="Cancel session"
            confirm="Cancel this session for everyone?"
          />
        )}
      </div>
      <section className="card overflow-x-auto">
        <h2>
          Attendees ({enrolled.length} of {session.capacity} seats)
        </h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr>
              <th className="py-1">Name</th>
              <th>Email</th>
              {days.map((d) => (
                <th key={d.day}>
                  Day {d.day} <span className="font-normal text-slate-500">({formatDay(d.start)})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {enrolled.map((e) => (
              <tr key={e.id} className="border-t border-slate-100" data-testid="attendee-row" aria-label={e.user.name}>
                <td className="py-1">{e.user.name}</td>
                <td>{e.user.email}</td>
                {days.map((d) => {
                  const present = mark(e.userId, d.day);
                  return (
                    <td key={d.day}>
                      <span className="mr-2" data-testid={`attendance-day-${d.day}`}>
                        {present === undefined ? "—" : present ? "Present" : "Absent"}
                      </span>
                      <ActionForm
                        action={markAttendanceAction}
                        fields={{ sessionId: session.id, userId: e.userId, day: String(d.day), present: present ? "no" : "yes" }}
                        label={present ? "Mark absent" : "Mark present"}
                        ariaLabel={`Mark ${e.user.name} ${present ? "absent" : "present"} on day ${d.day}`}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {enrolled.length === 0 && <p className="mt-2 text-sm">No one has enrolled yet.</p>}
      </section>
      <LabPlan session={session} attendees={enrolled.length} />
      <section className="card">
        <h2>Waitlist</h2>
        {waitlist.length === 0 ? (
          <p className="mt-2 text-sm">Nobody is waiting.</p>
        ) : (
          <ol className="mt-2 list-decimal pl-6 text-sm" data-testid="waitlist">
            {waitlist.map((e) => (
              <li key={e.id}>
                {e.user.name} ({e.user.email})
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

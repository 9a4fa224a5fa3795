import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { listSessionsForTrainer } from "@/src/modules/classroom/queries";
import { formatSessionWhen } from "@/src/modules/classroom/format-session";

export const metadata = { title: "Trainer" };
export const dynamic = "force-dynamic";

export default async function TrainerPage() {
  const user = await requireUser("TRAINER");
  // Admins see every session; a trainer sees the sessions they run.
  const sessions = await listSessionsForTrainer(user.role === "ADMIN" ? null : user.id);
  return (
    <div className="space-y-4">
      <h1>Trainer</h1>
      <div className="flex flex-wrap gap-3">
        <Link className="btn" href="/trainer/sessions/new">
          Schedule a session
        </Link>
        <Link className="btn-secondary" href="/trainer/preview">
          Content preview
        </Link>
        <Link className="btn-secondary" href="/trainer/items">
          Exam items
        </Link>
        <Link className="btn-secondary" href="/trainer/appeals">
          Exam appeals
        </Link>
        <Link className="btn-secondary" href="/trainer/standard-setting">
          Standard setting
        </Link>
      </div>
      <section className="card">
        <h2>Classroom sessions</h2>
        {sessions.length === 0 ? (
          <p className="mt-2 text-sm">No sessions yet.</p>
        ) : (
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr>
                <th className="py-1">Session</th>
                <th>When</th>
                <th>Where</th>
                <th>Seats</th>
                <th>Trainer</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className="py-1">
                    <Link href={`/trainer/sessions/${s.id}`}>{s.title}</Link>
                    {s.cancelledAt && " (cancelled)"}
                  </td>
                  <td>{formatSessionWhen(s.startsAt, s.days, s.dayMinutes)}</td>
                  <td>{s.mode === "virtual" ? "Online" : s.location}</td>
                  <td>
                    {s._count.enrolments}/{s.capacity}
                  </td>
                  <td>{s.trainer.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

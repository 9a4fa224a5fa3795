import { requireUser } from "@/src/server/auth/guards";
import { listLabSessionsInFlight } from "@/src/modules/admin/queries";
import { terminateLabAction } from "@/src/modules/admin/actions";
import { ActionForm } from "@/src/components/action-form";
import { AdminNav } from "../admin-nav";

export const metadata = { title: "Lab sessions" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "short", timeZone: "UTC" });

export default async function AdminLabsPage() {
  await requireUser("ADMIN");
  const sessions = await listLabSessionsInFlight();
  return (
    <div className="space-y-4">
      <h1>Lab sessions in flight</h1>
      <AdminNav />
      <section className="card overflow-x-auto">
        {sessions.length === 0 ? (
          <p className="text-sm">No lab sessions are running.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th className="py-1">Learner</th>
                <th>Lab</th>
                <th>Status</th>
                <th>Started (UTC)</th>
                <th>Last activity</th>
                <th>Expires</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className="py-1">{s.user ? `${s.user.name} (${s.user.email})` : "warm pool"}</td>
                  <td>{s.labSlug}</td>
                  <td>{s.status}</td>
                  <td>{when.format(s.createdAt)}</td>
                  <td>{when.format(s.lastActivityAt)}</td>
                  <td>{when.format(s.expiresAt)}</td>
                  <td>
                    <ActionForm
                      action={terminateLabAction}
                      fields={{ sessionId: s.id }}
                      label="Terminate"
                      ariaLabel={`Terminate session ${s.id}`}
                      confirm="Terminate this lab session? The learner loses the lab's state."
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

import { requireUser } from "@/src/server/auth/guards";
import { listAuditEvents } from "@/src/modules/audit/queries";
import { AUDIT_ACTIONS } from "@/src/modules/audit/audit-actions";
import { auditFilterSchema } from "@/src/modules/admin/schema";
import { findUserEmails } from "@/src/modules/admin/queries";
import { AdminNav } from "../admin-nav";

export const metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string }> }) {
  await requireUser("ADMIN");
  const { action } = auditFilterSchema.parse(await searchParams);
  const events = await listAuditEvents(200, action);
  const emails = await findUserEmails(events.flatMap((e) => [e.actorId, e.target].filter((v): v is string => !!v)));
  return (
    <div className="space-y-4">
      <h1>Audit log</h1>
      <AdminNav />
      <form className="flex items-end gap-2" method="get">
        <div>
          <label htmlFor="action">Filter by action</label>
          <select id="action" name="action" defaultValue={action ?? ""}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <button className="btn-secondary" type="submit">
          Filter
        </button>
      </form>
      <section className="card overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="audit-table">
          <thead>
            <tr>
              <th className="py-1">When (UTC)</th>
              <th>Action</th>
              <th>Actor</th>
              <th>Target</th>
              <th>Detail</th>
              <th>IP</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-t border-slate-100 align-top">
                <td className="py-1 whitespace-nowrap">{when.format(e.createdAt)}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>{e.actorId ? (emails.get(e.actorId) ?? e.actorId) : "—"}</td>
                <td>{e.target ? (emails.get(e.target) ?? e.target) : "—"}</td>
                <td className="break-all">{e.detail ?? ""}</td>
                <td>{e.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 && <p className="text-sm">No events.</p>}
      </section>
    </div>
  );
}

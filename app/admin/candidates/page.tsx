import { requireUser } from "@/src/server/auth/guards";
import { AdminNav } from "../admin-nav";
import { listAllowances } from "@/src/modules/exams/queries";
import { AllowanceForm } from "./allowance-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Exam candidates" };

export default async function CandidatesPage() {
  await requireUser("ADMIN");
  const allowances = await listAllowances();
  return (
    <div className="space-y-4">
      <h1>Exam candidates: extra time</h1>
      <AdminNav />
      <section className="card space-y-3">
        <p className="text-sm text-slate-600">
          Extra time is added to the server-side deadline of exams the candidate starts after this change; set 0 to remove it.
        </p>
        <AllowanceForm />
      </section>
      <section className="card">
        <h2>Current allowances</h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr>
              <th className="py-1">Candidate</th>
              <th>Extra minutes</th>
              <th>Reason</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {allowances.map((a) => (
              <tr key={a.user.id} className="border-t border-slate-100">
                <td className="py-1">
                  {a.user.name} ({a.user.email})
                </td>
                <td>{a.extraMinutes}</td>
                <td>{a.reason ?? "—"}</td>
                <td>{a.updatedAt.toISOString().slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { resolvePartnerOrg } from "@/src/modules/partners/resolve-partner-org";
import { loadCompliance } from "@/src/modules/partners/load-compliance";

export const metadata = { title: "Compliance" };
export const dynamic = "force-dynamic";

export default async function CompliancePage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireUser("PARTNER_MANAGER");
  const orgId = resolvePartnerOrg(user, (await searchParams).org);
  if (!orgId) notFound();
  const data = await loadCompliance(orgId);
  if (!data) notFound();
  const covered = data.requirements.filter((r) => r.covered).length;
  return (
    <div className="space-y-4">
      <p>
        <Link href={user.role === "ADMIN" ? `/partner?org=${orgId}` : "/partner"}>← {data.org.name}</Link>
      </p>
      <h1>Practices covered by {data.org.name}</h1>
      <p className="text-sm text-slate-600">
        Practices from <em>{data.courseTitle}</em> and its labs that at least one of the organisation&apos;s {data.staffCount} staff has
        completed, listed against IEC 62443-2-4 (service provider) and 62443-3-3 (system) requirement names. {covered} of{" "}
        {data.requirements.length} requirements covered.
      </p>
      <section className="card overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="compliance-table">
          <thead>
            <tr>
              <th className="py-1">Reference</th>
              <th>Requirement</th>
              <th>Practices (staff who completed them)</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {data.requirements.map((r) => (
              <tr key={r.ref} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-4 whitespace-nowrap">{r.ref}</td>
                <td>{r.name}</td>
                <td>
                  <ul>
                    {r.practices.map((p) => (
                      <li key={p.practice}>
                        {p.kind === "lab" ? "Lab" : "Module"}: {p.title} ({p.staffCovering})
                      </li>
                    ))}
                  </ul>
                </td>
                <td className={r.covered ? "text-green-800" : "text-red-800"}>{r.covered ? "Covered" : "Not yet covered"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { listOrganizations } from "@/src/modules/admin/queries";
import { setTierAction } from "@/src/modules/admin/actions";
import { loadPartnerConfig } from "@/src/modules/partners/load-partner-config";
import { SelectActionForm } from "@/src/components/select-action-form";
import { AdminNav } from "../admin-nav";
import { CreateOrgForm } from "./create-org-form";

export const metadata = { title: "Organisations and tiers" };
export const dynamic = "force-dynamic";

export default async function AdminOrganizationsPage() {
  await requireUser("ADMIN");
  const orgs = await listOrganizations();
  const { tiers } = loadPartnerConfig().tiers;
  return (
    <div className="space-y-4">
      <h1>Organisations and tiers</h1>
      <AdminNav />
      <section className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th className="py-1">Name</th>
              <th>Code</th>
              <th>Staff</th>
              <th>Tier</th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((o) => (
              <tr key={o.id} className="border-t border-slate-100" aria-label={o.name}>
                <td className="py-1">
                  <Link href={`/partner?org=${o.id}`}>{o.name}</Link>
                </td>
                <td>
                  <code>{o.code}</code>
                </td>
                <td>{o._count.users}</td>
                <td>
                  <SelectActionForm
                    action={setTierAction}
                    fields={{ organizationId: o.id }}
                    name="tier"
                    value={o.tier}
                    what="tier"
                    subject={o.name}
                    options={tiers.map((t) => ({ value: t.id, label: t.title }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card max-w-md">
        <h2>New organisation</h2>
        <CreateOrgForm tiers={tiers.map((t) => ({ id: t.id, title: t.title }))} />
      </section>
    </div>
  );
}

import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { countsForAdmin } from "@/src/modules/admin/queries";
import { AdminNav } from "./admin-nav";

export const metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  await requireUser("ADMIN");
  const counts = await countsForAdmin();
  const tiles = [
    { href: "/admin/users", label: "Users", value: counts.users },
    { href: "/admin/organizations", label: "Organisations", value: counts.organizations },
    { href: "/admin/labs", label: "Lab sessions in flight", value: counts.labs },
    { href: "/admin/certificates", label: "Valid certificates", value: counts.certificates },
    { href: "/admin/audit", label: "Audit events", value: counts.audit },
  ];
  return (
    <div className="space-y-4">
      <h1>Administration</h1>
      <AdminNav />
      <ul className="grid gap-3 md:grid-cols-3">
        {tiles.map((t) => (
          <li key={t.href} className="card">
            <Link href={t.href}>{t.label}</Link>
            <p className="mt-1 text-2xl font-semibold">{t.value}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

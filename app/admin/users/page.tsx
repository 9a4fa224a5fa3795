import { requireUser } from "@/src/server/auth/guards";
import { listOrganizations, listUsersForAdmin } from "@/src/modules/admin/queries";
import { changeRoleAction, changeUserOrgAction } from "@/src/modules/admin/actions";
import { ROLES } from "@/src/modules/accounts/schema";
import { ActionForm } from "@/src/components/action-form";
import { AdminNav } from "../admin-nav";

export const metadata = { title: "Users and roles" };
export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const admin = await requireUser("ADMIN");
  const [users, orgs] = await Promise.all([listUsersForAdmin(), listOrganizations()]);
  return (
    <div className="space-y-4">
      <h1>Users and roles</h1>
      <AdminNav />
      <section className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead><tr><th className="py-1">Name</th><th>Email</th><th>Role</th><th>Organisation</th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-100 align-top" aria-label={u.email}>
                <td className="py-1">{u.name}</td>
                <td>{u.email}</td>
                <td>
                  {u.id === admin.id ? u.role : (
                    <ActionForm action={changeRoleAction} fields={{ userId: u.id }} label="Save role" ariaLabel={`Save role for ${u.email}`}>
                      <select name="role" defaultValue={u.role} aria-label={`Role for ${u.email}`} className="mt-0 w-auto">
                        {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                      </select>
                    </ActionForm>
                  )}
                </td>
                <td>
                  <ActionForm action={changeUserOrgAction} fields={{ userId: u.id }} label="Save organisation" ariaLabel={`Save organisation for ${u.email}`}>
                    <select name="organizationId" defaultValue={u.organizationId ?? ""} aria-label={`Organisation for ${u.email}`} className="mt-0 w-auto">
                      <option value="">None</option>
                      {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                    </select>
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

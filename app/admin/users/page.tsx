import { requireUser } from "@/src/server/auth/guards";
import { listOrganizations, listUsersForAdmin } from "@/src/modules/admin/queries";
import { changeRoleAction, changeUserOrgAction } from "@/src/modules/admin/actions";
import { ROLES } from "@/src/modules/accounts/schema";
import { SelectActionForm } from "@/src/components/select-action-form";
import { ActionForm } from "@/src/components/action-form";
import { unlockSignInAction } from "@/src/modules/accounts/actions";
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
          <thead>
            <tr>
              <th className="py-1">Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Organisation</th>
              <th>Sign-in</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-100 align-top" aria-label={u.email}>
                <td className="py-1">{u.name}</td>
                <td>{u.email}</td>
                <td>
                  {u.id === admin.id ? (
                    u.role
                  ) : (
                    <SelectActionForm
                      action={changeRoleAction}
                      fields={{ userId: u.id }}
                      name="role"
                      value={u.role}
                      what="role"
                      subject={u.email}
                      options={ROLES.map((r) => ({ value: r, label: r }))}
                    />
                  )}
                </td>
                <td>
                  <SelectActionForm
                    action={changeUserOrgAction}
                    fields={{ userId: u.id }}
                    name="organizationId"
                    value={u.organizationId ?? ""}
                    what="organisation"
                    subject={u.email}
                    options={[{ value: "", label: "None" }, ...orgs.map((o) => ({ value: o.id, label: o.name }))]}
                  />
                </td>
                <td>
                  <ActionForm
                    action={unlockSignInAction}
                    fields={{ email: u.email }}
                    label="Lift sign-in delays"
                    ariaLabel={`Lift sign-in delays for ${u.email}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

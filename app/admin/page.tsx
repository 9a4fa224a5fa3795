import { requireUser } from "@/src/server/auth/guards";
import { listUsers } from "@/src/modules/accounts/queries";

export const metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireUser("ADMIN");
  const users = await listUsers();
  return (
    <div className="space-y-4">
      <h1>Administration</h1>
      <section className="card overflow-x-auto">
        <h2>Users</h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead><tr><th className="py-1">Name</th><th>Email</th><th>Role</th><th>Organisation</th></tr></thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-slate-100"><td className="py-1">{u.name}</td><td>{u.email}</td><td>{u.role}</td><td>{u.organization?.name ?? "—"}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

import { requireUser } from "@/src/server/auth/guards";
import { ChangePasswordForm } from "./change-password-form";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section className="card">
        <h1>Your profile</h1>
        <dl className="mt-4 grid grid-cols-3 gap-2 text-sm">
          <dt className="text-slate-500">Name</dt><dd className="col-span-2">{user.name}</dd>
          <dt className="text-slate-500">Email</dt><dd className="col-span-2">{user.email}</dd>
          <dt className="text-slate-500">Role</dt><dd className="col-span-2">{user.role.replace("_", " ").toLowerCase()}</dd>
        </dl>
      </section>
      <section className="card">
        <h2>Change password</h2>
        <div className="mt-4"><ChangePasswordForm /></div>
      </section>
    </div>
  );
}

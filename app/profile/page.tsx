import { requireUser } from "@/src/server/auth/guards";
import { signOutEverywhereAction } from "@/src/modules/accounts/actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata = { title: "Profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUser();
  const { changed } = await searchParams;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section className="card">
        <h1>Your profile</h1>
        <dl className="mt-4 grid grid-cols-3 gap-2 text-sm">
          <dt className="text-slate-500">Name</dt>
          <dd className="col-span-2">{user.name}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd className="col-span-2">{user.email}</dd>
          <dt className="text-slate-500">Role</dt>
          <dd className="col-span-2">{user.role.replace("_", " ").toLowerCase()}</dd>
        </dl>
        <h2 className="mt-6">Sessions</h2>
        <p className="mt-2 text-sm text-slate-600">
          Signed in on a shared or lost device? This signs you out on every device and browser, this one included.
        </p>
        <form action={signOutEverywhereAction} className="mt-3">
          <button type="submit" className="btn-secondary">
            Sign out everywhere
          </button>
        </form>
      </section>
      <section className="card">
        <h2>Change password</h2>
        {changed === "1" && (
          <p className="notice mt-2" role="status">
            Password changed. You were signed out on every other device.
          </p>
        )}
        <div className="mt-4">
          <ChangePasswordForm />
        </div>
      </section>
    </div>
  );
}

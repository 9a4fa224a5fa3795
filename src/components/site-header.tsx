import Link from "next/link";
import { getCurrentUser } from "@/src/server/auth/guards";
import { signOutAction } from "@/src/modules/accounts/actions";
import type { Role } from "@/src/modules/accounts/schema";

type NavItem = { href: string; label: string; roles?: Role[] };

// Links other domains add to; each target page still authorises on the server.
const NAV: NavItem[] = [
  { href: "/courses", label: "Courses" },
  { href: "/labs", label: "Labs" },
  { href: "/exams", label: "Exams" },
  { href: "/trainer", label: "Trainer", roles: ["TRAINER"] },
  { href: "/partner", label: "My organisation", roles: ["PARTNER_MANAGER"] },
  { href: "/admin", label: "Admin", roles: ["ADMIN"] },
];

export async function SiteHeader() {
  const user = await getCurrentUser();
  const items = NAV.filter((item) => !item.roles || (user && (item.roles.includes(user.role) || user.role === "ADMIN")));
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="font-semibold text-slate-900 no-underline">Cyberwall Academy</Link>
        {user && items.map((item) => <Link key={item.href} href={item.href} className="text-sm">{item.label}</Link>)}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <Link href="/dashboard">Dashboard</Link>
              <Link href="/profile" data-testid="current-user">{user.name}</Link>
              <form action={signOutAction}>
                <button type="submit" className="btn-secondary">Sign out</button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in">Sign in</Link>
              <Link href="/sign-up" className="btn">Sign up</Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}

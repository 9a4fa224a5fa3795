"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutAction } from "@/src/modules/accounts/actions";
import type { Role } from "@/src/modules/accounts/schema";

type Me = { id: string; name: string; role: Role } | null;
type NavItem = { href: string; label: string; roles?: Role[] };

// Display only: every target page authorises again on the server.
const NAV: NavItem[] = [
  { href: "/courses", label: "Courses" },
  { href: "/labs", label: "Labs" },
  { href: "/exams", label: "Exams" },
  { href: "/classroom", label: "Classroom" },
  { href: "/trainer", label: "Trainer", roles: ["TRAINER"] },
  { href: "/partner", label: "My organisation", roles: ["PARTNER_MANAGER"] },
  { href: "/admin", label: "Admin", roles: ["ADMIN"] },
];

export function UserMenu() {
  const [me, setMe] = useState<Me | undefined>(undefined);
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch("/api/me", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: Me) => live && setMe(data))
      .catch(() => live && setMe(null));
    return () => {
      live = false;
    };
  }, [pathname]);

  if (me === undefined) return <div className="ml-auto h-9" aria-hidden />;
  const items = NAV.filter((i) => !i.roles || (me && (i.roles.includes(me.role) || me.role === "ADMIN")));
  return (
    <>
      {me &&
        items.map((item) => (
          <Link key={item.href} href={item.href} className="text-sm">
            {item.label}
          </Link>
        ))}
      <div className="ml-auto flex items-center gap-3 text-sm">
        {me ? (
          <>
            <Link href="/dashboard">Dashboard</Link>
            <Link href="/profile" data-testid="current-user">
              {me.name}
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="btn-secondary">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/sign-in">Sign in</Link>
            <Link href="/sign-up" className="btn">
              Sign up
            </Link>
          </>
        )}
      </div>
    </>
  );
}

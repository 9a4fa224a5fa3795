import Link from "next/link";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users and roles" },
  { href: "/admin/organizations", label: "Organisations and tiers" },
  { href: "/admin/labs", label: "Lab sessions" },
  { href: "/admin/certificates", label: "Certificates" },
  { href: "/admin/candidates", label: "Exam candidates (extra time)" },
  { href: "/admin/audit", label: "Audit log" },
];

export function AdminNav() {
  return (
    <nav aria-label="Administration" className="flex flex-wrap gap-3 text-sm">
      {LINKS.map((l) => (
        <Link key={l.href} href={l.href}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}

import Link from "next/link";
import { UserMenu } from "./user-menu";

// Static on purpose: lesson pages are prerendered, so who is signed in is fetched by the client.
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="font-semibold text-slate-900 no-underline">
          Cyberwall Academy
        </Link>
        <UserMenu />
      </nav>
    </header>
  );
}

import type { Metadata } from "next";
import { SiteHeader } from "@/src/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cyberwall Academy", template: "%s · Cyberwall Academy" },
  description: "Hands-on cybersecurity training for network camera installers and partners.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="sr-only focus:not-sr-only">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}

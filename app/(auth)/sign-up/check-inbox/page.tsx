import Link from "next/link";

export const metadata = { title: "Check your inbox" };

// Shown after every accepted sign-up, new address or not, so the page says nothing about who is registered.
export default function CheckInboxPage() {
  return (
    <div className="mx-auto max-w-md card">
      <h1>Check your inbox</h1>
      <p className="notice mt-3" role="status">
        We sent a mail to the address you entered. Open the link in it to confirm your address, then sign in.
      </p>
      <p className="mt-4 text-sm text-slate-600">
        Already confirmed? <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}

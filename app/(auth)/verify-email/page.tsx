import Link from "next/link";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata = { title: "Confirm your email address" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string; verified?: string }> }) {
  const { token, verified } = await searchParams;
  return (
    <div className="mx-auto max-w-md card">
      <h1>Confirm your email address</h1>
      {verified ? (
        <p className="notice mt-3" role="status">
          Email address confirmed. <Link href="/sign-in">Sign in</Link>
        </p>
      ) : (
        <VerifyEmailForm token={token?.slice(0, 100) ?? ""} />
      )}
    </div>
  );
}

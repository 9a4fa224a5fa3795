import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/src/server/auth/guards";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ registered?: string }> }) {
  if (await getCurrentUser()) redirect("/dashboard");
  const { registered } = await searchParams;
  return (
    <div className="mx-auto max-w-md card">
      <h1>Sign in</h1>
      {registered && (
        <p className="notice mt-3" role="status">
          Account created. Sign in to continue.
        </p>
      )}
      <p className="mt-1 mb-6 text-sm text-slate-600">
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
      <SignInForm />
    </div>
  );
}

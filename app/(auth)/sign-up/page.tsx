import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/src/server/auth/guards";
import { SignUpForm } from "./sign-up-form";

export const metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ org?: string; invite?: string }> }) {
  if (await getCurrentUser()) redirect("/dashboard");
  const { org, invite } = await searchParams;
  return (
    <div className="mx-auto max-w-md card">
      <h1>Create your account</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        Already registered? <Link href="/sign-in">Sign in</Link>
      </p>
      <SignUpForm organizationCode={org?.slice(0, 32)} invite={invite?.slice(0, 100)} />
    </div>
  );
}

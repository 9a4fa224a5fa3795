import Link from "next/link";
import { getCurrentUser } from "@/src/server/auth/guards";
import { inviteTokenSchema } from "@/src/modules/partners/schema";
import { findInvite } from "@/src/modules/partners/queries";
import { acceptInviteAction } from "@/src/modules/partners/actions";
import { ActionForm } from "@/src/components/action-form";

export const metadata = { title: "Join your organisation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = inviteTokenSchema.safeParse({ token: (await params).token });
  const invite = parsed.success ? await findInvite(parsed.data.token) : null;
  if (!parsed.success || !invite) {
    return (
      <div className="mx-auto max-w-md card">
        <h1>Invite link not valid</h1>
        <p className="mt-2">It has expired or was revoked. Ask your manager for a new link.</p>
      </div>
    );
  }
  const user = await getCurrentUser();
  const org = invite.organization;
  return (
    <div className="mx-auto max-w-md card space-y-3">
      <h1>Join {org.name}</h1>
      {!user ? (
        <>
          <p>Create your account and you join {org.name} as staff; your manager then sees your courses, labs and certificates.</p>
          <Link className="btn" href={`/sign-up?invite=${encodeURIComponent(parsed.data.token)}`}>
            Create an account
          </Link>
          <p className="text-sm">
            Already have an account? <Link href="/sign-in">Sign in</Link> and open this link again.
          </p>
        </>
      ) : user.organizationId === org.id ? (
        <p>You are already a member of {org.name}.</p>
      ) : (
        <>
          <p>
            Signed in as {user.email}. Joining lets {org.name}&apos;s partner manager see your training progress and certificates.
          </p>
          <ActionForm action={acceptInviteAction} fields={{ token: parsed.data.token }} label={`Join ${org.name}`} className="btn" />
        </>
      )}
    </div>
  );
}

import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { findSession } from "@/src/modules/classroom/queries";
import { loadCohort } from "@/src/modules/classroom/stream-cohort";
import { CohortLive } from "./cohort-live";
import { canRunSession } from "@/src/modules/classroom/session-permission";

export const metadata = { title: "Live cohort" };
export const dynamic = "force-dynamic";

export default async function CohortPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("TRAINER");
  const session = await findSession((await params).id);
  if (!session) notFound();
  if (!canRunSession(user, session)) forbidden();
  const initial = await loadCohort(session.id);
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/trainer/sessions/${session.id}`}>← {session.title}</Link>
      </p>
      <h1>Live cohort: {session.title}</h1>
      <p className="text-sm text-slate-600">
        Each attendee&apos;s current lab. Rows marked “may be stuck” have had no activity for 10 minutes in an unfinished lab.
      </p>
      <CohortLive sessionId={session.id} initial={initial} />
    </div>
  );
}

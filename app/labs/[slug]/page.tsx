import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { sessionAccess } from "@/src/modules/labs/access";
import { describeQueue } from "@/src/modules/labs/admission/describe-queue";
import { getLab } from "@/src/modules/labs/catalog";
import { describeSession } from "@/src/modules/labs/describe-session";
import { findLatestSession, findSession } from "@/src/modules/labs/queries";
import { renderInstructions } from "@/src/modules/labs/render-instructions";
import { sessionIdSchema } from "@/src/modules/labs/schema";
import { ENGINE_DOWN, labEngineAvailable } from "@/src/modules/labs/start-lab-session";
import { LabWorkspace } from "./lab-workspace";
import { QueueCard } from "./queue-card";
import { StartLabButton } from "./start-lab-button";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const lab = await getLab((await params).slug);
  return { title: lab?.title ?? "Lab" };
}

/** A learner's lab; trainers and admins may open a learner's session read-only with ?session=<id>. */
export default async function LabPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ session?: string }>;
}) {
  const user = await requireUser();
  const lab = await getLab((await params).slug);
  if (!lab) notFound();
  const requested = (await searchParams).session;
  const observed = requested && sessionIdSchema.safeParse(requested).success ? await findSession(requested) : null;
  const session =
    observed && observed.labSlug === lab.slug && sessionAccess(user, observed) !== "none"
      ? observed
      : await findLatestSession(user.id, lab.slug);
  const access = session ? sessionAccess(user, session) : "none";

  const header = (
    <header className="space-y-1">
      <h1>{lab.title}</h1>
      <p className="text-slate-600">{lab.summary}</p>
      <p className="text-xs text-slate-500">
        {lab.level} · about {lab.durationMinutes} min · time limit {lab.timeLimitMinutes} min
      </p>
    </header>
  );
  if (!session || access === "none" || !(session.status === "provisioning" || session.status === "ready")) {
    const ended = session && access !== "none" ? await describeSession(lab, session, access) : null;
    const queue = await describeQueue(user.id, lab.slug);
    const engineUp = await labEngineAvailable();
    return (
      <div className="space-y-6">
        {header}
        {ended && (
          <section className="card" data-testid="previous-session">
            <h2>Your last attempt</h2>
            <p className="text-sm">
              {ended.steps.filter((s) => s.passed).length} of {ended.steps.length} steps passed ({ended.status}).
            </p>
            {ended.error && <p className="form-error text-sm">{ended.error}</p>}
          </section>
        )}
        <section className="card space-y-3">
          <h2>Steps</h2>
          <ol className="list-decimal pl-6 text-sm">
            {lab.steps.map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ol>
          {!engineUp && (
            <p className="form-error" role="status" data-testid="engine-down">
              {ENGINE_DOWN}
            </p>
          )}
          {queue.state === "waiting" ? (
            <QueueCard lab={lab.slug} initial={queue.place} />
          ) : (
            <StartLabButton lab={lab.slug} label={ended ? "Start again" : "Start lab"} />
          )}
        </section>
      </div>
    );
  }
  const view = await describeSession(lab, session, access);
  const instructions = await renderInstructions(lab, session.variables);
  return (
    <div className="space-y-4">
      {header}
      <LabWorkspace initial={view} instructions={instructions} />
    </div>
  );
}

import { ActionForm } from "@/src/components/action-form";
import { addLabPlanAction, removeLabPlanAction } from "@/src/modules/classroom/lab-plan/actions";
import { blockTimes } from "@/src/modules/classroom/lab-plan/block-times";
import { listLabPlan } from "@/src/modules/classroom/lab-plan/queries";
import { formatDay } from "@/src/modules/classroom/format-session";
import { listLabs } from "@/src/modules/labs/catalog";
import { describePlanPools } from "@/src/modules/labs/classroom-pool/queries";

type Props = { session: { id: string; startsAt: Date; days: number; cancelledAt: Date | null }; attendees: number };

const time = (d: Date) => d.toISOString().slice(11, 16);

/** The trainer's lab plan, and for each block how many of the attendees' labs are ready. */
export async function LabPlan({ session, attendees }: Props) {
  const [plan, labs] = await Promise.all([listLabPlan(session.id), listLabs()]);
  const pools = await describePlanPools(plan.map((p) => p.id));
  const title = (slug: string) => labs.find((l) => l.slug === slug)?.title ?? slug;
  return (
    <section className="card" aria-labelledby="lab-plan">
      <h2 id="lab-plan">Lab plan</h2>
      <p className="mt-1 text-sm text-slate-600">
        Shortly before each block every seated attendee&apos;s lab is started, so Start gives a shell at once.
      </p>
      {plan.length === 0 ? (
        <p className="mt-2 text-sm">No lab blocks planned.</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm" data-testid="lab-plan">
          {plan.map((p) => {
            const { startsAt, endsAt } = blockTimes(session.startsAt, p);
            const pool = pools[p.id];
            return (
              <li key={p.id} className="flex flex-wrap items-center gap-3">
                <span>
                  Day {p.day}, {formatDay(startsAt)} {time(startsAt)}–{time(endsAt)} UTC: {title(p.labSlug)}
                </span>
                <span data-testid="pool-state">
                  {pool.ready + pool.claimed} of {attendees} ready{pool.claimed ? ` (${pool.claimed} in use)` : ""}
                  {pool.starting ? `, ${pool.starting} starting` : ""}
                </span>
                {!session.cancelledAt && (
                  <ActionForm action={removeLabPlanAction} fields={{ sessionId: session.id, planId: p.id }} label="Remove" />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!session.cancelledAt && (
        <div className="mt-3">
          <ActionForm action={addLabPlanAction} fields={{ sessionId: session.id }} label="Plan lab block" className="btn">
            <label className="text-sm">
              Day{" "}
              <select name="day" defaultValue="1">
                {Array.from({ length: session.days }, (_, i) => (
                  <option key={i + 1}>{i + 1}</option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              Starts after (h:mm) <input name="offset" defaultValue="1:30" size={5} required />
            </label>
            <label className="text-sm">
              Minutes <input name="durationMinutes" type="number" defaultValue="90" min={15} max={600} required />
            </label>
            <label className="text-sm">
              Lab{" "}
              <select name="labSlug">
                {labs.map((l) => (
                  <option key={l.slug} value={l.slug}>
                    {l.title}
                  </option>
                ))}
              </select>
            </label>
          </ActionForm>
        </div>
      )}
    </section>
  );
}

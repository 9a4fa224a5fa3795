import { requireUser } from "@/src/server/auth/guards";
import { ActionForm } from "@/src/components/action-form";
import { resolveAppealAction } from "@/src/modules/exams/actions";
import { listPendingAppeals } from "@/src/modules/exams/appeals/queries";
import { loadItemVersions } from "@/src/modules/exams/load-paper-items";

export const metadata = { title: "Exam appeals" };
export const dynamic = "force-dynamic";

export default async function AppealsPage() {
  await requireUser("TRAINER");
  const appeals = await listPendingAppeals();
  const items = await loadItemVersions(appeals.map((a) => a.itemHash));
  return (
    <div className="space-y-4">
      <h1>Exam appeals</h1>
      <p className="text-sm text-slate-600">
        Accepting an appeal voids the question as the candidate saw it, for every candidate who had it: their results are recalculated and
        whoever now passes gets a certificate. A void never takes a pass away.
      </p>
      {appeals.length === 0 && <p>No open appeals.</p>}
      {appeals.map((a) => {
        const item = items.get(a.itemHash);
        return (
          <article key={a.id} className="card space-y-2" data-testid="appeal">
            <p className="text-sm text-slate-500">
              {a.attempt.examSlug} · question {a.itemId} · {a.attempt.user.name} ({a.attempt.user.email}) ·{" "}
              {a.createdAt.toISOString().slice(0, 10)}
            </p>
            {item && <p className="font-medium">{item.stem}</p>}
            {item && (
              <ul className="text-sm">
                {item.options.map((o, i) => (
                  <li key={i}>
                    {item.key.includes(i) ? "✔ " : "· "}
                    {o}
                  </li>
                ))}
              </ul>
            )}
            <blockquote className="border-l-4 border-slate-300 pl-3 text-sm">{a.comment}</blockquote>
            <ActionForm
              action={resolveAppealAction}
              fields={{ appealId: a.id, decision: "accept" }}
              label="Accept and void"
              className="btn"
              confirm="Void this question for every candidate who had it?"
            >
              <label className="sr-only" htmlFor={`note-accept-${a.id}`}>
                Note to the candidate
              </label>
              <input id={`note-accept-${a.id}`} name="note" placeholder="Note to the candidate (optional)" maxLength={2000} />
            </ActionForm>
            <ActionForm action={resolveAppealAction} fields={{ appealId: a.id, decision: "reject" }} label="Reject">
              <label className="sr-only" htmlFor={`note-reject-${a.id}`}>
                Why not
              </label>
              <input id={`note-reject-${a.id}`} name="note" placeholder="Why not (shown to the candidate)" maxLength={2000} />
            </ActionForm>
          </article>
        );
      })}
    </div>
  );
}

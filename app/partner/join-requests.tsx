import { listPendingJoinRequests } from "@/src/modules/partners/queries/join-requests";
import { decideJoinRequestAction } from "@/src/modules/partners/actions";
import { ActionForm } from "@/src/components/action-form";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

// People who typed the organisation code at sign-up: they join only once a manager approves.
export async function JoinRequests({ orgId }: { orgId: string }) {
  const requests = await listPendingJoinRequests(orgId);
  return (
    <section className="card space-y-2" data-testid="join-requests">
      <h2>Requests to join ({requests.length})</h2>
      {requests.length === 0 ? (
        <p className="text-sm">No pending requests.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2" aria-label={`Request from ${r.user.name}`}>
              <span>
                <strong>{r.user.name}</strong> ({r.user.email}), asked {day.format(r.createdAt)}
              </span>
              <ActionForm
                action={decideJoinRequestAction}
                fields={{ requestId: r.id, decision: "approve" }}
                label="Approve"
                className="btn"
              />
              <ActionForm action={decideJoinRequestAction} fields={{ requestId: r.id, decision: "decline" }} label="Decline" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { listOwnPendingJoinRequests } from "@/src/modules/partners/queries/join-requests";

// An organisation code at sign-up only asks to join: say so until a manager decides.
export async function JoinRequestNotice({ userId }: { userId: string }) {
  const requests = await listOwnPendingJoinRequests(userId);
  if (requests.length === 0) return null;
  return (
    <>
      {requests.map((r) => (
        <p key={r.id} className="notice" role="status" data-testid="join-request-pending">
          Your request to join {r.organization.name} is waiting for the manager&apos;s approval.
        </p>
      ))}
    </>
  );
}

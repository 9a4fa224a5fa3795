import { authorizeRequest } from "@/src/server/auth/guards";
import { findSession } from "@/src/modules/classroom/queries";
import { streamCohort } from "@/src/modules/classroom/stream-cohort";
import { canRunSession } from "@/src/modules/classroom/session-permission";

export const dynamic = "force-dynamic";

// Live cohort progress as server-sent events, for the session's trainer and admins.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user, error } = await authorizeRequest("TRAINER");
  if (error) return error;
  const session = await findSession((await params).id);
  if (!session) return Response.json({ error: "Not found." }, { status: 404 });
  if (!canRunSession(user, session)) return Response.json({ error: "Forbidden." }, { status: 403 });
  return new Response(streamCohort(session.id, request.signal), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

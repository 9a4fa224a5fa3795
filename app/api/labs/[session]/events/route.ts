import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { streamSessionEvents } from "@/src/modules/labs/stream-session-events";

export const dynamic = "force-dynamic";

/** Server-sent provisioning progress and status changes for the lab page. */
export async function GET(request: Request, { params }: { params: Promise<{ session: string }> }) {
  const auth = await authorizeSession(request, (await params).session, "observe");
  if (auth.error) return auth.error;
  return new Response(streamSessionEvents(auth.session.id, request.signal), {
    headers: {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

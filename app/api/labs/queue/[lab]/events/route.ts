import { authorizeRequest } from "@/src/server/auth/guards";
import { streamQueueEvents } from "@/src/modules/labs/admission/stream-queue-events";
import { startLabSchema } from "@/src/modules/labs/schema";

export const dynamic = "force-dynamic";

/** Server-sent place-in-queue updates for the signed-in learner, then `admitted` with the session id. */
export async function GET(request: Request, { params }: { params: Promise<{ lab: string }> }) {
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const lab = startLabSchema.shape.lab.safeParse((await params).lab);
  if (!lab.success) return Response.json({ error: "No such lab." }, { status: 404 });
  return new Response(streamQueueEvents(user.id, lab.data, request.signal), {
    headers: {
      "Content-Type": "text/event-stream",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

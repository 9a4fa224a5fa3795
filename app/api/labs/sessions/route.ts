import { authorizeRequest } from "@/src/server/auth/guards";
import { crossSite } from "@/src/modules/labs/authorize-session";
import { startLabSchema } from "@/src/modules/labs/schema";
import { startLabSession } from "@/src/modules/labs/start-lab-session";
import { clientIp } from "@/src/server/auth/client-ip";
import { practiceLabLock } from "@/src/modules/exams/lock-practice-labs";

export const dynamic = "force-dynamic";

/** Start (or return the running) session of a lab for the signed-in learner. */
export async function POST(request: Request) {
  if (crossSite(request)) return Response.json({ error: "Cross-site request refused." }, { status: 403 });
  const { user, error } = await authorizeRequest();
  if (error) return error;
  const input = startLabSchema.safeParse(await request.json().catch(() => null));
  if (!input.success) return Response.json({ error: "Name a lab to start." }, { status: 400 });
  const locked = await practiceLabLock(user.id, input.data.lab);
  if (locked) return Response.json({ error: locked }, { status: 409 });
  const result = await startLabSession(user.id, input.data.lab, clientIp(request.headers));
  // 202: queued for capacity, with the place in the queue.
  if (!result.ok)
    return Response.json({ error: result.error, ...("queue" in result ? { queue: result.queue } : {}) }, { status: result.status });
  return Response.json({ sessionId: result.sessionId, reused: result.reused }, { status: result.reused ? 200 : 201 });
}

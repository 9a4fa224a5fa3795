import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { endSession } from "@/src/modules/labs/end-lab-session";
import { startLabSession } from "@/src/modules/labs/start-lab-session";
import { clientIp } from "@/src/server/auth/client-ip";
import { practiceLabLock } from "@/src/modules/exams/lock-practice-labs";

export const dynamic = "force-dynamic";

/** Throw the lab away and start it again from a fresh state. */
export async function POST(request: Request, { params }: { params: Promise<{ session: string }> }) {
  const auth = await authorizeSession(request, (await params).session, "act");
  if (auth.error) return auth.error;
  const locked = await practiceLabLock(auth.user.id, auth.lab.slug);
  if (locked) return Response.json({ error: locked }, { status: 409 });
  await endSession(auth.session.id, "destroyed");
  const result = await startLabSession(auth.user.id, auth.lab.slug, clientIp(request.headers));
  // 202: queued for capacity, with the place in the queue.
  if (!result.ok)
    return Response.json({ error: result.error, ...("queue" in result ? { queue: result.queue } : {}) }, { status: result.status });
  return Response.json({ sessionId: result.sessionId }, { status: 201 });
}

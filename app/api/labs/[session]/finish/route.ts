import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { endSession } from "@/src/modules/labs/end-lab-session";

export const dynamic = "force-dynamic";

/** The learner is done: results stay, the containers go. */
export async function POST(request: Request, { params }: { params: Promise<{ session: string }> }) {
  const auth = await authorizeSession(request, (await params).session, "act");
  if (auth.error) return auth.error;
  await endSession(auth.session.id, "destroyed");
  return Response.json({ ok: true });
}

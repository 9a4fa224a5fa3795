import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { revealNextHint } from "@/src/modules/labs/reveal-hint";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ session: string; step: string }> }) {
  const { session: id, step } = await params;
  const auth = await authorizeSession(request, id, "act");
  if (auth.error) return auth.error;
  const result = await revealNextHint(auth.lab, auth.session, step);
  if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
  return Response.json(result);
}

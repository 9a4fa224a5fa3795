import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { runStepCheck } from "@/src/modules/labs/run-step-check";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ session: string; step: string }> }) {
  const { session: id, step } = await params;
  const auth = await authorizeSession(request, id, "act");
  if (auth.error) return auth.error;
  const result = await runStepCheck(auth.lab, auth.session, step);
  if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
  return Response.json(result);
}

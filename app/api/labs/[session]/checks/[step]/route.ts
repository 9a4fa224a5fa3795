import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { runStepCheck } from "@/src/modules/labs/run-step-check";
import { metrics } from "@/src/server/metrics";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ session: string; step: string }> }) {
  const { session: id, step } = await params;
  const auth = await authorizeSession(request, id, "act");
  if (auth.error) return auth.error;
  const stop = metrics.checkSeconds.startTimer({ lab: auth.session.labSlug });
  const result = await runStepCheck(auth.lab, auth.session, step);
  const outcome = !result.ok ? "refused" : result.passed ? "passed" : "failed";
  stop({ outcome });
  if (outcome !== "passed") metrics.checkFailures.inc({ lab: auth.session.labSlug, reason: outcome });
  if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
  return Response.json(result);
}

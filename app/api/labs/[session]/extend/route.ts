import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { extendSession } from "@/src/modules/labs/end-lab-session";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ session: string }> }) {
  const auth = await authorizeSession(request, (await params).session, "act");
  if (auth.error) return auth.error;
  const result = await extendSession(auth.session);
  if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
  return Response.json(result);
}

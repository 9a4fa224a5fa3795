import { authorizeSession } from "@/src/modules/labs/authorize-session";
import { describeSession } from "@/src/modules/labs/describe-session";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ session: string }> }) {
  const auth = await authorizeSession(request, (await params).session, "observe");
  if (auth.error) return auth.error;
  return Response.json(await describeSession(auth.lab, auth.session, auth.access));
}

import { checkHealth } from "@/src/modules/system/check-health";
import { getCurrentUser } from "@/src/server/auth/guards";
import { publicHealth } from "@/src/modules/system/public-health";

export const dynamic = "force-dynamic";

// Public on purpose (load balancers, `npm start`): anonymous callers get the status only; engine versions
// and error details are for admins (issue 13.10).
export async function GET() {
  const health = await checkHealth();
  const user = await getCurrentUser();
  const body = user?.role === "ADMIN" ? health : publicHealth(health);
  return Response.json(body, { status: health.status === "down" ? 503 : 200 });
}

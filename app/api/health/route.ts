import { checkHealth } from "@/src/modules/system/check-health";

export const dynamic = "force-dynamic";

// Public on purpose (load balancers, `npm start`); it reveals status, not data.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "down" ? 503 : 200 });
}

import { authorizeRequest } from "@/src/server/auth/guards";
import { clientIp } from "@/src/server/auth/client-ip";
import { VIA_PROXY_HEADER } from "@/src/server/request-context";
import { metricsAccess } from "@/src/modules/operations/metrics-access";
import { renderMetrics } from "@/src/modules/operations/render-metrics";

export const dynamic = "force-dynamic";

// Prometheus scrape endpoint: from loopback (the machine's own scraper), otherwise admins only.
export async function GET(request: Request) {
  if (metricsAccess({ ip: clientIp(request.headers), viaProxy: request.headers.get(VIA_PROXY_HEADER) !== "0" }) !== "loopback") {
    const auth = await authorizeRequest("ADMIN");
    if (auth.error) return auth.error;
  }
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * /api/metrics is for the machine's own scraper or an admin. A request that came through a proxy (it named a
 * forwarded client when it arrived) is not "from loopback" even though the proxy connects from 127.0.0.1:
 * otherwise anyone on the internet could read it through the proxy.
 */
export function metricsAccess(request: { ip: string; viaProxy: boolean }): "loopback" | "needs-admin" {
  return !request.viaProxy && LOOPBACK.has(request.ip) ? "loopback" : "needs-admin";
}

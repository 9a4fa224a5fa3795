// Wraps the HTTP handler: a request id (echoed as X-Request-Id) that every log line of the request carries,
// one JSON line per finished request, and the request-duration histogram. Logs the path only: query strings
// carry tokens (invites, verification links) and bodies carry passwords.
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { cameViaProxy, requestContext, requestIdFrom, VIA_PROXY_HEADER } from "./request-context";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function logRequests(handler: Handler): Handler {
  return (req, res) => {
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    const started = process.hrtime.bigint();
    res.setHeader("X-Request-Id", requestId);
    req.headers[VIA_PROXY_HEADER] = cameViaProxy(req.headers) ? "1" : "0";
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpSeconds.observe({ method: req.method ?? "GET", status: String(res.statusCode) }, seconds);
      const path = (req.url ?? "/").split("?")[0];
      if (path.startsWith("/_next/static/")) return; // assets: counted, not logged
      logger.info({ requestId, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1000) }, "request");
    });
    requestContext.run({ requestId }, () => handler(req, res));
  };
}

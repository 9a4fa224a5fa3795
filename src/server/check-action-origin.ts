// Server actions from a foreign Origin: Next refuses them by throwing, which answers 500. Answer 403
// here, before Next sees the body (issue 13.10). Same rule as Next's: Origin host must equal Host.
import type { IncomingMessage, ServerResponse } from "node:http";

export function refuseForeignAction(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || !("next-action" in req.headers)) return false;
  const origin = req.headers.origin;
  if (!origin) return false; // non-browser callers carry no ambient cookies; Next checks the rest
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host && host === req.headers.host) return false;
  res.writeHead(403, { "content-type": "text/plain; charset=utf-8" });
  res.end("Forbidden: cross-origin server action.");
  return true;
}

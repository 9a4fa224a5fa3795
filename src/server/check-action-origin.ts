// Server actions from a foreign Origin: Next refuses them by throwing, which answers 500. Answer 403
// here, before Next sees the body (issue 13.10). Same rule as Next's: Origin host must equal Host.
// Next takes for an action both a POST with a `next-action` header and a no-JS form POST (urlencoded or
// multipart, `$ACTION_ID_…` fields) to a page; route handlers under /api keep their own checks.
import type { IncomingMessage, ServerResponse } from "node:http";

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

function mayBeAction(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  if ("next-action" in req.headers) return true;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  const path = (req.url ?? "/").split("?")[0];
  return FORM_TYPES.some((t) => type.startsWith(t)) && path !== "/api" && !path.startsWith("/api/");
}

export function refuseForeignAction(req: IncomingMessage, res: ServerResponse): boolean {
  if (!mayBeAction(req)) return false;
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

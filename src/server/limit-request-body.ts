// Request bodies are counted here, before Next sees the request (issue 13.4): Next and the route handlers
// read a body whole before any size check, so a 30 MB chunked POST once cost the process ~90 MB.
// A declared Content-Length over the route's limit is answered 413 unread; a streamed body is counted as
// it arrives and answered 413 (socket closed) as soon as it passes the limit. A body within the limit is
// held until complete and then handed to Next in the same IncomingMessage, byte for byte.
import { AsyncResource } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

const KB = 1024;
const MB = 1024 * KB;

/** First matching path prefix wins. No route of the app takes uploads larger than a certificate PDF. */
export const BODY_LIMITS: readonly { prefix: string; bytes: number }[] = [
  { prefix: "/api/verify", bytes: 3_000_000 }, // a credential file: certificate PDF (~100 KB), badge, wallet JSON; the route's own cap
  { prefix: "/api/auth/", bytes: 16 * KB }, // sign-in forms: an email, a password, a CSRF token
  { prefix: "/api/labs/", bytes: 16 * KB }, // {"lab": "..."} and bodiless POSTs
  { prefix: "/api/", bytes: 64 * KB }, // the other route handlers read no body
];
/** Pages: server actions (Next refuses those over 1 MB itself) and exam saves. */
export const DEFAULT_BODY_LIMIT = 2 * MB;

export function bodyLimitFor(url: string | undefined): number {
  const path = (url ?? "/").split("?")[0];
  return BODY_LIMITS.find((l) => path.startsWith(l.prefix))?.bytes ?? DEFAULT_BODY_LIMIT;
}

/** The socket is closed this long after the 413, once the client has had time to read it (closing at
 * once, with its body unread, resets the connection and loses the answer on its way). */
const CLOSE_AFTER_MS = 1000;

function refuse(req: IncomingMessage, res: ServerResponse, limit: number) {
  const socket = req.socket;
  // Read no more: the client's writes stall and it sees the 413. Node's server would resume the socket
  // after the answer to read and discard the rest of the body (at full speed); it stays paused.
  socket.pause();
  socket.resume = () => socket;
  if (res.headersSent) return void socket.destroy();
  res.writeHead(413, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: `Request body over ${limit} bytes.` }), () => setTimeout(() => socket.destroy(), CLOSE_AFTER_MS).unref());
}

/**
 * Calls `next` once the body is complete and within the route's limit, or answers 413. Chunks are taken
 * where the HTTP parser delivers them (IncomingMessage.push), before any reader sees them, and replayed
 * into the message when it is complete, so Next reads the real request as sent.
 */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse, next: () => void, limit = bodyLimitFor(req.url)): void {
  const declared = req.headers["content-length"];
  if (declared === undefined && req.headers["transfer-encoding"] === undefined) return next(); // no body
  if (Number(declared) > limit) return refuse(req, res, limit);
  const resume = AsyncResource.bind(next); // in the request's context (request id), not the parser's
  const push = req.push.bind(req);
  const held: Buffer[] = [];
  let bytes = 0;
  let refused = false;
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (refused) return true; // dropped: the answer is out and the socket closing
    if (chunk === null) {
      req.push = push;
      for (const c of held) push(c);
      push(null);
      process.nextTick(resume); // outside the HTTP parser's callback
      return true;
    }
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
    bytes += buffer.length;
    if (bytes > limit) {
      refused = true;
      held.length = 0;
      refuse(req, res, limit);
    } else held.push(buffer);
    return true; // keep the socket flowing: the body is counted as it arrives, not when someone reads it
  };
}

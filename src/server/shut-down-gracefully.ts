// SIGTERM/SIGINT: stop accepting, let running requests and lab provisions finish (or roll them back), tell
// open terminals the academy restarts (their labs keep running), then exit 0. A second signal exits at once.
import type { IncomingMessage, Server, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const inFlight = new Set<ServerResponse>();
let idle: (() => void) | undefined;

/** Counts the requests being served; event streams never end by themselves, so they are not waited for. */
export function trackRequests(handler: Handler): Handler {
  return (req, res) => {
    if (!String(req.headers.accept ?? "").includes("text/event-stream")) {
      inFlight.add(res);
      res.once("close", () => {
        inFlight.delete(res);
        if (inFlight.size === 0) idle?.();
      });
    }
    handler(req, res);
  };
}

export const requestsInFlight = () => inFlight.size;

/** Resolves when no tracked request is running, or after `ms`; true when they all finished. */
export async function waitForRequests(ms: number): Promise<boolean> {
  if (inFlight.size === 0) return true;
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([
    new Promise<boolean>((resolve) => (idle = () => resolve(true))),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]);
  clearTimeout(timer);
  idle = undefined;
  return finished;
}

export type ShutdownParts = {
  server: Server;
  graceMs: number;
  stop: (() => void)[]; // lab daemon, schedulers
  closeRoutes: () => void | Promise<void>; // WebSocket endpoints
  drainProvisioning: (graceMs: number) => Promise<{ finished: number; rolledBack: number }>;
  disconnect: () => Promise<void>;
  exit?: (code: number) => void;
};

export async function shutDownGracefully(parts: ShutdownParts) {
  const deadline = Date.now() + parts.graceMs;
  const left = () => Math.max(0, deadline - Date.now());
  parts.server.close(); // no new connections
  parts.server.closeIdleConnections(); // keep-alive sockets between requests
  for (const stop of parts.stop) stop();
  await parts.closeRoutes();
  const labs = await parts.drainProvisioning(left());
  const requests = requestsInFlight();
  const finished = await waitForRequests(left());
  console.log(
    `[shutdown] labs provisioned ${labs.finished}, rolled back ${labs.rolledBack}; requests in flight ${requests}` +
      (finished ? ", all finished" : `, ${requestsInFlight()} cut off`),
  );
  parts.server.closeAllConnections();
  await parts.disconnect().catch(() => undefined);
  (parts.exit ?? process.exit)(0);
}

import "server-only";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { UpgradeRoute } from "@/src/server/upgrade-routes";
import { findSessionUser } from "@/src/modules/accounts/queries";
import { userIdFromCookie } from "@/src/server/auth/session-cookie";
import { recordAudit } from "@/src/modules/audit/queries";
import { sessionAccess, terminalOpen } from "../access";
import { getLab } from "../catalog";
import { labConfig } from "../lab-config";
import { findSession, touchSession } from "../queries";
import { labRuntime } from "../runtime";
import { metrics } from "@/src/server/metrics";
import { parseClientMessage, TERMINAL_PATH } from "./terminal-protocol";

const HIGH_WATER = 1024 * 1024; // pause the container's output above this many unsent bytes
const LOW_WATER = 128 * 1024;
const TOUCH_EVERY_MS = 60_000;
const SERVICE_RESTART = 1012; // the browser reconnects on it and re-attaches to the same tmux shell
const RESTART_NOTICE = "The academy is restarting; your lab keeps running. Reconnecting…";

function refuse(socket: Duplex, status: number, text: string) {
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}

/** Browsers always send Origin on WebSockets: refusing foreign origins stops cross-site hijacking with our cookie. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients (tests, CLI) carry no ambient cookies
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** `/api/labs/<session>/terminal`: the owner gets a shell (tmux, so a reload re-attaches); trainers/admins watch read-only. */
export function labTerminalRoute(secret = process.env.AUTH_SECRET ?? ""): UpgradeRoute {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 128 * 1024, perMessageDeflate: false });
  let closing = false;
  return {
    matches: (url) => TERMINAL_PATH.test(url),
    async close() {
      closing = true;
      const closed = [...wss.clients].map(
        (ws) =>
          new Promise<void>((resolve) => {
            ws.once("close", () => resolve());
            ws.send(Buffer.from(`\r\n\x1b[33m${RESTART_NOTICE}\x1b[0m\r\n`), { binary: true });
            ws.close(SERVICE_RESTART, "academy restarting");
            setTimeout(() => (ws.terminate(), resolve()), 2000).unref(); // a client that never answers the close
          }),
      );
      await Promise.all(closed);
    },
    async handle(req, socket, head) {
      try {
        if (closing) return refuse(socket, 503, "Service Unavailable");
        const sessionId = TERMINAL_PATH.exec(req.url ?? "")![1];
        if (!sameOrigin(req)) return refuse(socket, 403, "Forbidden");
        const claims = await userIdFromCookie(req.headers.cookie, secret);
        // A revoked session (password change, sign out everywhere) carries a stale version.
        const user = claims?.sessionVersion !== undefined ? await findSessionUser(claims.userId, claims.sessionVersion) : null;
        if (!user) return refuse(socket, 401, "Unauthorized");
        const session = await findSession(sessionId);
        const access = sessionAccess(user, session);
        if (access === "none") {
          await recordAudit({ action: "lab.terminal_denied", actorId: user.id, target: sessionId, ip: req.socket.remoteAddress ?? null });
          return refuse(socket, 403, "Forbidden");
        }
        if (!terminalOpen(session!)) return refuse(socket, 409, "Conflict");
        const lab = await getLab(session!.labSlug);
        const host = lab?.hosts.find((h) => h.terminal);
        if (!lab || !host) return refuse(socket, 409, "Conflict");
        const { profile } = lab.images[host.image];

        const query = new URL(req.url ?? "", "http://x").searchParams;
        const cols = Math.min(Math.max(Number(query.get("cols")) || 80, 10), 500);
        const rows = Math.min(Math.max(Number(query.get("rows")) || 24, 4), 200);
        const cmd = access === "owner" ? ["tmux", "new-session", "-A", "-s", "lab"] : ["tmux", "attach-session", "-r", "-t", "lab"];
        const terminal = await labRuntime(labConfig().owner).openTerminal(sessionId, host.name, {
          user: profile.user,
          cmd,
          cols,
          rows,
        });
        if (closing) return (terminal.close(), refuse(socket, 503, "Service Unavailable"));
        wss.handleUpgrade(req, socket, head, (ws) => pipe(ws, terminal, sessionId, access === "owner"));
      } catch (error) {
        console.error("[labs] terminal:", error instanceof Error ? error.message : error);
        refuse(socket, 500, "Internal Server Error");
      }
    },
  };
}

type Terminal = Awaited<ReturnType<ReturnType<typeof labRuntime>["openTerminal"]>>;

function pipe(ws: WebSocket, terminal: Terminal, sessionId: string, canWrite: boolean) {
  let clientPaused = false;
  let lastTouch = 0;
  const mode = canWrite ? "owner" : "watch";
  metrics.terminalConnections.inc({ mode });
  const maybeResume = () => {
    if (!clientPaused && ws.bufferedAmount < LOW_WATER && terminal.stream.isPaused()) terminal.stream.resume();
  };
  terminal.stream.on("data", (chunk: Buffer) => {
    if (ws.readyState !== ws.OPEN) return;
    ws.send(chunk, { binary: true }, maybeResume);
    if (ws.bufferedAmount > HIGH_WATER) terminal.stream.pause();
  });
  terminal.stream.on("end", () => ws.close(1000, "terminal closed"));
  terminal.stream.on("error", () => ws.close(1011, "terminal error"));

  ws.on("message", (data, isBinary) => {
    if (isBinary) return;
    const message = parseClientMessage(data.toString());
    if (!message) return;
    if (message.t === "i" && canWrite) {
      terminal.stream.write(message.d);
      touch();
    } else if (message.t === "r") void terminal.resize(message.c, message.r);
    else if (message.t === "p") {
      clientPaused = true;
      terminal.stream.pause();
    } else if (message.t === "u") {
      clientPaused = false;
      maybeResume();
    }
  });
  // An open owner terminal counts as activity: idle expiry is for labs nobody has open any more.
  const touch = () => {
    if (!canWrite || Date.now() - lastTouch < TOUCH_EVERY_MS) return;
    lastTouch = Date.now();
    void touchSession(sessionId).catch(() => undefined);
  };
  touch();
  const ping = setInterval(() => {
    if (ws.readyState === ws.OPEN) ws.ping();
    touch();
  }, 30_000);
  ws.on("close", () => {
    metrics.terminalConnections.dec({ mode });
    clearInterval(ping);
    terminal.close(); // detaches; tmux keeps the shell for the next connection
  });
}

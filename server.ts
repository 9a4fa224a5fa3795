// One Node process: the Next.js handler plus the WebSocket gateways (lab terminals).
import http from "node:http";
import next from "next";
import { parseEnv } from "./src/server/env";
import { checkEnvironment } from "./src/modules/system/check-environment";
import { CLIENT_IP_HEADER } from "./src/server/auth/client-ip";
import { upgradeRoutes } from "./src/server/upgrade-routes";
import { loadPrerenderedPages, servePrerendered } from "./src/server/prerendered-pages";
import { bridgeConsole } from "./src/server/logger";
import { logRequests } from "./src/server/log-requests";
import { rollSessionCookie } from "./src/server/auth/roll-session";
import { applySecurityHeaders } from "./src/server/security-headers";
import { loadScriptHashes } from "./src/server/script-hashes";
import { secureDataDir } from "./src/server/secure-data-dir";
import { refuseForeignAction } from "./src/server/check-action-origin";
import { shutDownGracefully, trackRequests } from "./src/server/shut-down-gracefully";
import { limitRequestBody } from "./src/server/limit-request-body";

bridgeConsole(); // every line the process prints is structured JSON (pino)
const problems = checkEnvironment(process.env);
if (problems.length) {
  console.error(`Invalid environment:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
const config = parseEnv(process.env);

secureDataDir(config.DATA_DIR, config.DATABASE_URL);
const dev = config.NODE_ENV !== "production";
const app = next({ dev, hostname: config.HOST, port: config.PORT });
const handle = app.getRequestHandler();

await app.prepare();
const nextUpgrade = app.getUpgradeHandler();
const routes = await upgradeRoutes();
// The certificate issuer keys exist from the first start, not from the first pass.
await (await import("./src/modules/certificates/issuer-key")).loadIssuerKeys();
// Labs: reconcile containers with the database (a crash leaks nothing), then reap and refill warm pools;
// on PostgreSQL in one app process at a time (the lease), taken over when its holder dies.
const { startLabDaemon } = await import("./src/modules/labs/reap-sessions");
const stopLabs = await (await import("./src/server/db-lease")).runUnderLease("labs", startLabDaemon);
// Notifications (certificate expiry 90/30/7 days, partner tier at risk): each one created and mailed once.
const stopNotifications = (await import("./src/modules/notifications/run-notifications")).startNotificationScheduler(
  config.NOTIFY_INTERVAL_MINUTES,
);
// Exams, every minute: abandoned attempts past their deadline are graded (their practical labs end), and a pass
// whose issuance failed after grading is retried until it has its certificate.
const stopIssuance = (await import("./src/modules/exams/sweep-attempts")).startAttemptSweep(60);

// Retention: old sign-in attempts, audit rows, invites and lab event logs are pruned on a schedule.
const stopPruning = (await import("./src/modules/operations/prune-data")).startPruneScheduler();

const staticPages = dev ? new Map() : loadPrerenderedPages(process.env.NEXT_DIST_DIR || ".next", ["courses"]);
const scriptHashes = dev ? new Map() : loadScriptHashes(process.env.NEXT_DIST_DIR || ".next");

const server = http.createServer(
  logRequests(
    trackRequests((req, res) => {
      applySecurityHeaders(req, res, scriptHashes, dev);
      if (refuseForeignAction(req, res)) return;
      if (servePrerendered(staticPages, req, res)) return;
      // The client's address as this process saw it; any forged value is replaced.
      req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "unknown";
      // Next sees a body only once it is complete and within the route's limit (413 otherwise).
      limitRequestBody(req, res, () => void rollSessionCookie(req, res, config.AUTH_SECRET).then(() => handle(req, res)));
    }),
  ),
);

server.on("upgrade", (req, socket, head) => {
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "unknown";
  const route = routes.find((r) => r.matches(req.url ?? ""));
  if (route) return void route.handle(req, socket, head);
  return void nextUpgrade(req, socket, head);
});

server.listen(config.PORT, config.HOST, () => {
  console.log(`Cyberwall Academy ready on http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`);
});

// SIGHUP: re-read course, lab, exam and partner files now instead of within the minute.
const { invalidateContent } = await import("./src/modules/content/cache-content");
process.on("SIGHUP", () => {
  invalidateContent();
  console.log("[content] SIGHUP: content files will be re-read");
});

// A restart lets running requests and lab starts finish; terminals are told and re-attach afterwards.
const { drainProvisioning } = await import("./src/modules/labs/drain-provisioning");
const { db } = await import("./src/server/db");
let shuttingDown = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (shuttingDown) process.exit(1); // a second signal: stop waiting
    shuttingDown = true;
    console.log(`[shutdown] ${signal}: finishing running work (up to ${config.SHUTDOWN_GRACE_SECONDS} s)`);
    void shutDownGracefully({
      server,
      graceMs: config.SHUTDOWN_GRACE_SECONDS * 1000,
      stop: [stopLabs, stopNotifications, stopPruning, stopIssuance],
      closeRoutes: () => Promise.all(routes.map((r) => r.close())).then(() => undefined),
      drainProvisioning,
      disconnect: () => db.$disconnect(),
    });
  });
}

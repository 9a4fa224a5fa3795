// One Node process: the Next.js handler plus the WebSocket gateways (lab terminals).
import http from "node:http";
import next from "next";
import { parseEnv } from "./src/server/env";
import { CLIENT_IP_HEADER } from "./src/server/auth/client-ip";
import { upgradeRoutes } from "./src/server/upgrade-routes";
import { loadPrerenderedPages, servePrerendered } from "./src/server/prerendered-pages";

let config;
try {
  config = parseEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const dev = config.NODE_ENV !== "production";
const app = next({ dev, hostname: config.HOST, port: config.PORT });
const handle = app.getRequestHandler();

await app.prepare();
const nextUpgrade = app.getUpgradeHandler();
const routes = await upgradeRoutes();
// The certificate issuer key exists from the first start, not from the first pass.
await (await import("./src/modules/certificates/issuer-key")).loadIssuerKey();
// Labs: reconcile containers with the database (a crash leaks nothing), then reap and refill warm pools.
const { startLabDaemon } = await import("./src/modules/labs/reap-sessions");
const stopLabs = await startLabDaemon();

const staticPages = dev ? new Map() : loadPrerenderedPages(process.env.NEXT_DIST_DIR || ".next", ["courses"]);

const server = http.createServer((req, res) => {
  if (servePrerendered(staticPages, req, res)) return;
  // The client's address as this process saw it; any forged value is replaced.
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "unknown";
  void handle(req, res);
});

server.on("upgrade", (req, socket, head) => {
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "unknown";
  const route = routes.find((r) => r.matches(req.url ?? ""));
  if (route) return void route.handle(req, socket, head);
  return void nextUpgrade(req, socket, head);
});

server.listen(config.PORT, config.HOST, () => {
  console.log(`Cyberwall Academy ready on http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopLabs();
    server.close();
    process.exit(0);
  });
}

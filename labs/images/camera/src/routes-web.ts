// The camera's own web interface: static pages and scripts only. Every action the pages take is a browser
// fetch of the VAPIX endpoints (pwdgrp.cgi, param.cgi), under the same Digest/Basic policy, so there is
// no second code path. Framing stays allowed (no X-Frame-Options): the academy iframes it from its proxy.
import { PASSWORD_CHECKS } from "./accounts";
import type { Camera } from "./camera";
import { sendText, type Req } from "./http-util";
import { WEB_ASSETS, WEB_PAGES } from "./web-assets";

const HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};
const SETUP = "/camera/setup.html";
const HOME = "/camera/users.html";
// Parameters the network security page edits (their values come from param.cgi, never from here).
const NETWORK_PREFIXES = ["Network.HTTP.", "Network.HTTPS.", "Network.Filter.", "Network.UPnP.Enabled", "Network.Bonjour.Enabled"];
const MORE = ["Network.ZeroConf.Enabled", "Network.Discovery.KeepOn", "WebService.", "Network.SSH.", "Network.FTP.", "SNMP.Enabled"];

function send(req: Req, type: string, body: string): void {
  req.res.writeHead(200, { "Content-Type": type, "Content-Length": Buffer.byteLength(body), ...HEADERS });
  req.res.end(req.method === "HEAD" ? undefined : body);
}
const redirect = (req: Req, location: string) => sendText(req.res, 302, `Moved to ${location}`, { Location: location, ...HEADERS });

/** Plain HTTP while HTTPS only is on: a page sends the browser to the same page over HTTPS, as cameras do. */
export function redirectToHttps(cam: Camera, req: Req): void {
  // The name the browser used, when it is a plain host[:port]; anything else gets the camera's own address.
  const m = /^([a-zA-Z0-9.-]+|\[[0-9a-fA-F:.]+\])(:\d{1,5})?$/.exec(req.raw.headers.host ?? "");
  const host = m ? m[1] : (req.raw.socket.localAddress ?? "127.0.0.1");
  const port = cam.ports.https === 443 ? "" : `:${cam.ports.https}`;
  redirect(req, `https://${host}${port}${req.path}`);
}

/** The schema the pages render forms from: static definitions only (the camera's policy and parameter kinds). */
function configScript(cam: Camera): string {
  const params = Object.entries(cam.defs)
    .filter(([n]) => [...NETWORK_PREFIXES, ...MORE].some((p) => n.startsWith(p)))
    .filter(([, d]) => d.kind.type !== "readonly")
    .map(([name, d]) => ({ name, type: d.kind.type, values: d.kind.type === "enum" ? d.kind.values : undefined }));
  const cfg = { policy: cam.passwordPolicy, rules: PASSWORD_CHECKS[cam.passwordPolicy], params };
  return `window.CAMOS = ${JSON.stringify(cfg).replace(/</g, "\\u003c")};\n`;
}

export function webCgi(cam: Camera, req: Req): void {
  if (req.path === "/camera/config.js") return send(req, "text/javascript; charset=utf-8", configScript(cam));
  const asset = WEB_ASSETS[req.path];
  if (asset) return send(req, asset.type, asset.body);
  // Until the initial administrator exists, every page is the wizard; afterwards the wizard is gone.
  if (cam.needsSetup && req.path !== SETUP) return redirect(req, SETUP);
  if (!cam.needsSetup && (req.path === SETUP || !WEB_PAGES[req.path])) return redirect(req, HOME);
  if (req.path !== SETUP && !cam.authorize(req, "viewer")) return;
  send(req, "text/html; charset=utf-8", WEB_PAGES[req.path]);
}

export const WEB_PATHS = [
  "/",
  "/index.html",
  SETUP,
  HOME,
  "/camera/network.html",
  "/camera/system.html",
  "/camera/config.js",
  ...Object.keys(WEB_ASSETS),
];

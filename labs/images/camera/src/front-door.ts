// The front door every request passes: parse, IP/HTTPS rules, route lookup, errors that never crash the
// camera; and the authorisation step handlers call (factory state, Digest/Basic, role).
import type http from "node:http";
import { authenticate, challenges, type AuthPolicy } from "./auth";
import type { Camera } from "./camera";
import { HttpError, parseTarget, sendText, type Req } from "./http-util";
import { routes } from "./routes";
import { redirectToHttps } from "./routes-web";
import { ROLE_RANK, type Role } from "./store";

const INITIAL_ADMIN_ERROR = "Error: initial admin user must be created first.";

/** Authenticates and checks the role; on failure answers the request itself and returns null. */
export function authorize(cam: Camera, req: Req, min: Role): { user: string; role: Role } | null {
  const policy = cam.param("Network.HTTP.AuthenticationPolicy") as AuthPolicy;
  if (cam.needsSetup) {
    // Challenges as on any 401 (HTTP clients insist on one); no credentials can pass until the admin exists.
    sendText(req.res, 401, INITIAL_ADMIN_ERROR, { "WWW-Authenticate": challenges(cam.realm, policy, req.secure) });
    return null;
  }
  const out = authenticate({
    header: req.raw.headers.authorization,
    method: req.method,
    url: req.url,
    secure: req.secure,
    realm: cam.realm,
    policy,
    accounts: cam.store.state.accounts,
  });
  if (!out.ok) {
    if (req.raw.headers.authorization) cam.log("notice", `authentication failed from ${req.remote}: ${out.reason}`);
    sendText(req.res, 401, `Error: ${out.reason}.`, { "WWW-Authenticate": challenges(cam.realm, policy, req.secure, out.stale) });
    return null;
  }
  if (ROLE_RANK[out.account.role] < ROLE_RANK[min]) {
    sendText(req.res, 403, "Error: insufficient privileges.");
    return null;
  }
  return { user: out.user, role: out.account.role };
}

export async function handleRequest(cam: Camera, raw: http.IncomingMessage, res: http.ServerResponse, secure: boolean): Promise<void> {
  let target: { path: string; query: URLSearchParams };
  try {
    target = parseTarget(raw);
  } catch {
    return sendText(res, 400, "Error: malformed request.");
  }
  const req: Req = {
    raw,
    res,
    method: raw.method ?? "GET",
    url: raw.url ?? "/",
    ...target,
    secure,
    remote: raw.socket.remoteAddress ?? "",
  };
  res.setHeader("Server", "CamOS");
  // A large body we may refuse before reading it: close afterwards instead of draining it.
  if (Number(raw.headers["content-length"] ?? 0) > 1024 * 1024) res.setHeader("Connection", "close");
  try {
    const route = routes[req.path];
    if (!route) return sendText(res, 404, "Error: not found.");
    if (!route.methods.includes(req.method)) return sendText(res, 405, "Error: method not allowed.", { Allow: route.methods.join(", ") });
    if (!secure && req.path !== "/axis-cgi/systemready.cgi" && cam.param("Network.HTTP.HTTPSOnly") === "yes")
      return route.web ? redirectToHttps(cam, req) : sendText(res, 403, "Error: HTTPS required.");
    await route.handler(cam, req);
  } catch (e) {
    if (e instanceof HttpError)
      return sendText(
        res,
        e.status,
        e.message.startsWith("Error") ? e.message : `Error: ${e.message}.`,
        e.status === 413 ? { Connection: "close" } : {},
      );
    cam.log("err", `internal error on ${req.path}: ${(e as Error).message}`);
    sendText(res, 500, "Error: internal error.");
  }
}

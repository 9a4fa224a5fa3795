// ONVIF authentication: WS-Security UsernameToken (PasswordDigest = Base64(SHA-1(nonce + created + password)),
// Created within 5 minutes of the camera clock, each nonce once), or HTTP Digest as on every other endpoint.
// Same accounts and roles as VAPIX; nothing passes before the initial administrator exists.
import { createHash, timingSafeEqual } from "node:crypto";
import { unseal } from "./accounts";
import type { Camera } from "./camera";
import type { Req } from "./http-util";
import { field, sendFault } from "./soap";
import { ROLE_RANK, type Role } from "./store";

const MAX_SKEW_MS = 5 * 60_000;
const seenNonces = new Map<string, number>(); // nonce -> camera time seen (replay protection)

function rememberNonce(nonce: string, now: number): boolean {
  for (const [n, t] of seenNonces) if (now - t > 2 * MAX_SKEW_MS || seenNonces.size > 5000) seenNonces.delete(n);
  if (seenNonces.has(nonce)) return false;
  seenNonces.set(nonce, now);
  return true;
}

type Who = { user: string; role: Role };
type Check = { ok: true; who: Who } | { ok: false; reason: string };

function checkUsernameToken(cam: Camera, xml: string, secure: boolean): Check | null {
  const token = /<(?:[\w.-]+:)?UsernameToken[\s>][\s\S]*?<\/(?:[\w.-]+:)?UsernameToken>/.exec(xml)?.[0];
  if (!token) return null;
  const user = field(token, "Username") ?? "";
  const password = field(token, "Password") ?? "";
  const isText = /<(?:[\w.-]+:)?Password[^>]*Type="[^"]*#PasswordText"/.test(token);
  const account = Object.hasOwn(cam.store.state.accounts, user) ? cam.store.state.accounts[user] : undefined;
  if (!account) return { ok: false, reason: "wrong user name or password" };
  const pwd = unseal(account.sealed, cam.sealKey);
  if (pwd === null) return { ok: false, reason: `account ${user} has no ONVIF credentials (set its password again)` };
  if (isText) {
    if (!secure) return { ok: false, reason: "PasswordText is refused on plain HTTP" };
    return safeEq(password, pwd) ? { ok: true, who: { user, role: account.role } } : { ok: false, reason: "wrong user name or password" };
  }
  const nonce = field(token, "Nonce") ?? "";
  const created = field(token, "Created") ?? "";
  const when = Date.parse(created);
  if (!nonce || !Number.isFinite(when)) return { ok: false, reason: "UsernameToken lacks Nonce or Created" };
  const expected = createHash("sha1")
    .update(Buffer.concat([Buffer.from(nonce, "base64"), Buffer.from(created), Buffer.from(pwd)]))
    .digest("base64");
  if (!safeEq(expected, password)) return { ok: false, reason: "wrong user name or password" };
  if (Math.abs(when - cam.now()) > MAX_SKEW_MS) return { ok: false, reason: "Created is more than 5 minutes from the camera clock" };
  if (!rememberNonce(nonce, cam.now())) return { ok: false, reason: "nonce already used (replay)" };
  return { ok: true, who: { user, role: account.role } };
}

const safeEq = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Authenticates an ONVIF request for `min`; on failure answers it (SOAP fault or HTTP 401) and returns null. */
export function onvifAuthorize(cam: Camera, req: Req, xml: string, min: Role): Who | null {
  const notAuthorized = (reason: string) => (sendFault(req.res, 400, "Sender", "ter:NotAuthorized", reason), null);
  if (cam.needsSetup) return notAuthorized("initial admin user must be created first");
  const token = checkUsernameToken(cam, xml, req.secure);
  let who: Who | null;
  if (token) {
    if (!token.ok) {
      cam.log("notice", `ONVIF authentication failed from ${req.remote}: ${token.reason}`);
      return notAuthorized(`Sender not authorized: ${token.reason}`);
    }
    who = token.who;
  } else {
    who = cam.authorize(req, "viewer"); // HTTP Digest (answers 401 with challenges itself)
    if (!who) return null;
  }
  if (ROLE_RANK[who.role] < ROLE_RANK[min]) return notAuthorized("Sender not authorized: insufficient privileges");
  return who;
}

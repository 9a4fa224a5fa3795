// HTTP authentication as a camera does it: Digest (RFC 7616, MD5 and SHA-256, qop=auth) everywhere,
// Basic only over HTTPS unless Network.HTTP.AuthenticationPolicy=basic_digest; digest_only refuses Basic.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Account } from "./store";

export type AuthPolicy = "basic_digest" | "digest" | "digest_only";
const NONCE_TTL_MS = 5 * 60_000;
const secret = randomBytes(32);

const h = (alg: "md5" | "sha256", s: string) => createHash(alg).update(s).digest("hex");

function makeNonce(now = Date.now()): string {
  const ts = now.toString(36);
  return `${ts}.${createHmac("sha256", secret).update(ts).digest("base64url").slice(0, 22)}`;
}

function nonceState(nonce: string, now = Date.now()): "ok" | "stale" | "bad" {
  const [ts, mac] = nonce.split(".");
  if (!ts || !mac) return "bad";
  const want = createHmac("sha256", secret).update(ts).digest("base64url").slice(0, 22);
  if (!safeEq(mac, want)) return "bad";
  return now - parseInt(ts, 36) > NONCE_TTL_MS ? "stale" : "ok";
}

function safeEq(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

export function challenges(realm: string, policy: AuthPolicy, secure: boolean, stale = false): string[] {
  const nonce = makeNonce();
  const s = stale ? ", stale=true" : "";
  const out = [
    `Digest realm="${realm}", qop="auth", algorithm=SHA-256, nonce="${nonce}"${s}`,
    `Digest realm="${realm}", qop="auth", algorithm=MD5, nonce="${nonce}"${s}`,
  ];
  if (basicAllowed(policy, secure)) out.push(`Basic realm="${realm}"`);
  return out;
}

const basicAllowed = (policy: AuthPolicy, secure: boolean) => policy === "basic_digest" || (policy === "digest" && secure);

/** Splits `a="x, y", b=z` honouring quotes. */
export function parseAuthParams(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([a-zA-Z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3];
  return out;
}

export type AuthOutcome = { ok: true; user: string; account: Account } | { ok: false; stale?: boolean; reason: string };

export function authenticate(opts: {
  header: string | undefined;
  method: string;
  url: string;
  secure: boolean;
  realm: string;
  policy: AuthPolicy;
  accounts: Record<string, Account>;
}): AuthOutcome {
  const header = opts.header ?? "";
  const space = header.indexOf(" ");
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const rest = space < 0 ? "" : header.slice(space + 1);
  if (scheme === "basic") {
    if (!basicAllowed(opts.policy, opts.secure)) return { ok: false, reason: "Basic authentication is not allowed on this connection" };
    const decoded = Buffer.from(rest.trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { ok: false, reason: "malformed Basic credentials" };
    const user = decoded.slice(0, colon);
    const account = Object.hasOwn(opts.accounts, user) ? opts.accounts[user] : undefined;
    if (!account || !safeEq(h("md5", `${user}:${opts.realm}:${decoded.slice(colon + 1)}`), account.ha1md5))
      return { ok: false, reason: "wrong user name or password" };
    return { ok: true, user, account };
  }
  if (scheme === "digest") {
    const p = parseAuthParams(rest);
    const alg = (p.algorithm ?? "MD5").toUpperCase();
    if (alg !== "MD5" && alg !== "SHA-256") return { ok: false, reason: `unsupported algorithm ${alg}` };
    const hash = alg === "MD5" ? "md5" : "sha256";
    const user = p.username ?? "";
    const account = Object.hasOwn(opts.accounts, user) ? opts.accounts[user] : undefined;
    if (!account || p.realm !== opts.realm || !p.nonce || !p.response || p.uri === undefined)
      return { ok: false, reason: "wrong user name or password" };
    if (p.uri !== opts.url) return { ok: false, reason: "digest uri does not match the request" };
    const ns = nonceState(p.nonce);
    if (ns === "bad") return { ok: false, reason: "unknown nonce" };
    const ha1 = hash === "md5" ? account.ha1md5 : account.ha1sha256;
    const ha2 = h(hash, `${opts.method}:${p.uri}`);
    const expected =
      p.qop === "auth" ? h(hash, `${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${ha2}`) : p.qop ? "" : h(hash, `${ha1}:${p.nonce}:${ha2}`);
    if (!expected || !safeEq(expected, p.response.toLowerCase())) return { ok: false, reason: "wrong user name or password" };
    if (ns === "stale") return { ok: false, stale: true, reason: "nonce expired" };
    return { ok: true, user, account };
  }
  return { ok: false, reason: header ? "unsupported authentication scheme" : "authentication required" };
}

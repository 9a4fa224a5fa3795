// Rolling sessions: a session token is valid for SESSION_IDLE_SECONDS after its last issue; server.ts
// re-issues it on document and data GETs as it is used, never past SESSION_ABSOLUTE_SECONDS after sign-in.
// (Auth.js re-issues JWT cookies only where it can set cookies, which server components cannot.)
import type { IncomingMessage, ServerResponse } from "node:http";
import { encode } from "next-auth/jwt";
import { sessionFromCookie } from "./session-cookie";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_ROLL_AFTER_SECONDS } from "./session-policy";

export async function rollSessionCookie(req: IncomingMessage, res: ServerResponse, secret: string, now = Date.now()): Promise<void> {
  // Sign-in/out and actions set the cookie themselves; never race them.
  if (req.method !== "GET" || !req.headers.cookie || (req.url ?? "").startsWith("/api/auth")) return;
  const claims = await sessionFromCookie(req.headers.cookie, secret);
  if (!claims || claims.chunked) return;
  const nowSeconds = Math.floor(now / 1000);
  const { iat, exp: _exp, jti: _jti, ...token } = claims.payload;
  if (typeof iat === "number" && nowSeconds - iat < SESSION_ROLL_AFTER_SECONDS) return;
  const authAt = typeof token.authAt === "number" ? token.authAt : (iat ?? nowSeconds);
  const maxAge = Math.min(SESSION_IDLE_SECONDS, authAt + SESSION_ABSOLUTE_SECONDS - nowSeconds);
  if (maxAge <= 0) return;
  const value = await encode({ token: { ...token, authAt }, secret, salt: claims.name, maxAge });
  const secure = claims.name.startsWith("__Secure-") ? "; Secure" : "";
  const expires = new Date(now + maxAge * 1000).toUTCString();
  res.setHeader("set-cookie", `${claims.name}=${value}; Path=/; Expires=${expires}; HttpOnly; SameSite=Lax${secure}`);
}

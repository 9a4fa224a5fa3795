import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env } from "@/src/server/env";
import { sessionFromCookie } from "./session-cookie";
import { SESSION_IDLE_SECONDS } from "./session-policy";

/**
 * After a password change bumped User.sessionVersion: this browser's token gets the new version, every
 * other copy keeps the old one and is refused. (Auth.js's update() would let any copy refresh itself.)
 */
export async function reissueSession(sessionVersion: number): Promise<void> {
  const store = await cookies();
  const header = store
    .getAll()
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join("; ");
  const secret = env().AUTH_SECRET;
  const claims = await sessionFromCookie(header, secret);
  if (!claims || claims.chunked) return;
  const { iat: _iat, exp: _exp, jti: _jti, ...token } = claims.payload;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, salt: claims.name, maxAge: SESSION_IDLE_SECONDS });
  store.set(claims.name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: claims.name.startsWith("__Secure-"),
    maxAge: SESSION_IDLE_SECONDS,
  });
}

import { decode, type JWT } from "next-auth/jwt";

// Auth.js names its cookie by transport; large tokens are split into `.0`, `.1`, ... chunks.
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) {
      try {
        cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
      } catch {
        // a malformed escape in some other cookie: ignore that cookie
      }
    }
  }
  return cookies;
}

function readToken(cookies: Map<string, string>, name: string): { token: string; chunked: boolean } | undefined {
  if (cookies.has(name)) return { token: cookies.get(name)!, chunked: false };
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
  return chunks.length ? { token: chunks.join(""), chunked: true } : undefined;
}

type SessionClaims = { name: (typeof COOKIE_NAMES)[number]; chunked: boolean; payload: JWT & { sub: string } };

/** The decoded, unexpired Auth.js session token (salt = cookie name), or null. */
export async function sessionFromCookie(header: string | undefined, secret: string): Promise<SessionClaims | null> {
  const cookies = parseCookies(header);
  for (const name of COOKIE_NAMES) {
    const found = readToken(cookies, name);
    if (!found) continue;
    try {
      const payload = await decode({ token: found.token, secret, salt: name });
      if (payload?.sub && (!payload.exp || payload.exp * 1000 > Date.now()))
        return { name, chunked: found.chunked, payload: payload as JWT & { sub: string } };
    } catch {
      // tampered, expired or signed with another secret: treat as signed out
    }
  }
  return null;
}

/** The user id and session version the cookie claims; the caller compares the version with the db. */
export async function userIdFromCookie(
  header: string | undefined,
  secret: string,
): Promise<{ userId: string; sessionVersion: number | undefined } | null> {
  const claims = await sessionFromCookie(header, secret);
  if (!claims) return null;
  const sv = claims.payload.sv;
  return { userId: claims.payload.sub, sessionVersion: typeof sv === "number" ? sv : undefined };
}

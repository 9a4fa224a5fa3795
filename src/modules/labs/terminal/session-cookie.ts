import { decode } from "next-auth/jwt";

// Auth.js names its cookie by transport; large tokens are split into `.0`, `.1`, ... chunks.
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return cookies;
}

function readToken(cookies: Map<string, string>, name: string): string | undefined {
  if (cookies.has(name)) return cookies.get(name);
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
  return chunks.length ? chunks.join("") : undefined;
}

/** The signed-in user's id from the Auth.js session cookie (salt = cookie name), or null. */
export async function userIdFromCookie(header: string | undefined, secret: string): Promise<string | null> {
  const cookies = parseCookies(header);
  for (const name of COOKIE_NAMES) {
    const token = readToken(cookies, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret, salt: name });
      if (payload?.sub && (!payload.exp || payload.exp * 1000 > Date.now())) return payload.sub;
    } catch {
      // tampered, expired or signed with another secret: treat as signed out
    }
  }
  return null;
}

// Security headers on every HTTP response server.ts sends: prerendered documents from memory, pages,
// route handlers, static files and errors. Set on the response before Next runs (Next keeps them), and the
// CSP is also put on the request, where Next reads the nonce for the scripts of dynamic pages.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

const STATIC_HEADERS: Record<string, string> = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  // Certificate ids sit in /verify URLs: never hand them to other sites.
  "referrer-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "cross-origin-opener-policy": "same-origin",
};

export function buildCsp(nonce: string, hashes: readonly string[] = [], dev = false): string {
  const script = ["'self'", `'nonce-${nonce}'`, ...hashes, ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // React style attributes (progress bars, xterm) need inline styles; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Prerendered paths get their pages' hashes; any other path may render the prerendered 404 page. */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, hashes: Map<string, string[]>, dev = false) {
  const nonce = randomBytes(16).toString("base64");
  const pathname = (req.url ?? "/").split("?")[0];
  const csp = buildCsp(nonce, hashes.get(pathname) ?? hashes.get("/_not-found") ?? [], dev);
  for (const [name, value] of Object.entries(STATIC_HEADERS)) res.setHeader(name, value);
  res.setHeader("content-security-policy", csp);
  req.headers["content-security-policy"] = csp; // replaces anything the client sent
  delete req.headers["content-security-policy-report-only"];
}

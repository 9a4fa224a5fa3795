// Request parsing and the response shapes every endpoint shares.
import type { IncomingMessage, ServerResponse } from "node:http";

export type Req = {
  raw: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: string; // request target as sent (Digest compares it)
  path: string;
  query: URLSearchParams;
  secure: boolean;
  remote: string;
};

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseTarget(raw: IncomingMessage): { path: string; query: URLSearchParams } {
  const url = new URL(raw.url ?? "/", "http://camera"); // throws on a target it cannot parse -> 400
  return { path: url.pathname.replace(/\/{2,}/g, "/"), query: url.searchParams };
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string | string[]> = {}): void {
  if (res.headersSent) return void res.end();
  const body = text.endsWith("\n") ? text : `${text}\n`;
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  const body = JSON.stringify(value, null, 2) + "\n";
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Reads a whole small body; 413 above `limit`. */
export function readBody(raw: IncomingMessage, limit = 1024 * 1024): Promise<Buffer> {
  const declared = Number(raw.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.reject(new HttpError(413, "Error: request body too large."));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    raw.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, "Error: request body too large."));
        raw.destroy();
      } else chunks.push(c);
    });
    raw.on("end", () => resolve(Buffer.concat(chunks)));
    raw.on("error", () => reject(new HttpError(400, "Error: request body incomplete.")));
  });
}

/** Query parameters plus an urlencoded POST body (VAPIX CGIs accept both). */
export async function formParams(req: Req): Promise<URLSearchParams> {
  const params = new URLSearchParams(req.query);
  if (req.method === "POST") {
    const body = await readBody(req.raw);
    const type = String(req.raw.headers["content-type"] ?? "");
    if (body.length && !type.includes("json")) for (const [k, v] of new URLSearchParams(body.toString("latin1"))) params.append(k, v);
  }
  return params;
}

/** JSON-RPC style body used by the newer camera APIs: {"apiVersion","method","params"}; GET may pass ?method=. */
export async function jsonRequest(req: Req): Promise<{ apiVersion: string; method: string; params: Record<string, unknown> }> {
  if (req.method === "GET") return { apiVersion: "1.0", method: req.query.get("method") ?? "", params: Object.fromEntries(req.query) };
  const body = await readBody(req.raw);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, "malformed JSON");
  }
  const o = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
  const params = o.params && typeof o.params === "object" ? (o.params as Record<string, unknown>) : {};
  return {
    apiVersion: typeof o.apiVersion === "string" ? o.apiVersion : "1.0",
    method: typeof o.method === "string" ? o.method : "",
    params,
  };
}

export function jsonError(res: ServerResponse, status: number, method: string, message: string, apiVersion = "1.0"): void {
  sendJson(res, status, { apiVersion, method, error: { code: status, message } });
}

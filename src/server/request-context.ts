// The request a piece of work belongs to, so every log line it writes carries the request id. One store per
// process (on globalThis): server.ts and the bundled route code see the same one.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

type RequestContext = { requestId: string };
const g = globalThis as unknown as { academyRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (g.academyRequestContext ??= new AsyncLocalStorage<RequestContext>());

const WELL_FORMED = /^[\w.-]{8,64}$/;

/** A proxy's X-Request-Id when it looks like one (so ids join up across hops), otherwise a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && WELL_FORMED.test(value) ? value : randomUUID();
}

export const currentRequestId = () => requestContext.getStore()?.requestId;

// Set by server.ts from the request as it arrived (Next.js adds its own X-Forwarded-* later): "1" when a
// proxy named a client it forwards. Any value a client sends is replaced.
export const VIA_PROXY_HEADER = "x-academy-via-proxy";
const PROXY_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];
export const cameViaProxy = (headers: Record<string, unknown>) => PROXY_HEADERS.some((h) => headers[h] !== undefined);

// The JSON APIs in the shape real devices answer them: {"apiVersion","context","method","params"} in, the same
// apiVersion/context/method back with `data`, or HTTP 200 with an `error` object ({code, message}). Only an
// unparseable body is an HTTP 400. getSupportedVersions is answered for every API without an apiVersion.
import type { Camera } from "./camera";
import { readBody, sendJson, sendText, type Req } from "./http-util";
import { ROLE_RANK, type Role } from "./store";

export type ApiFailure = { error: { code: number; message: string } };
type Method = { role: Role | "anonymous"; run: (params: Record<string, unknown>, who: { user: string; role: Role } | null) => unknown };
export type JsonApi = { versions: string[]; methods: Record<string, Method>; defaultMethod?: string };

export const fail = (code: number, message: string): ApiFailure => ({ error: { code, message } });
export const ERR = {
  version: () => fail(2003, "Requested API version is not supported"),
  method: (m: string) => fail(2004, `Method not supported: "${m}"`),
  param: (what: string) => fail(4002, `Required parameter missing or invalid: ${what}`),
};
const VERSION = /^(\d{1,3})\.(\d{1,3})$/;

/** Supported when the major is one we have and the minor is not newer than ours (VAPIX rule). */
function versionSupported(requested: string, supported: string[]): boolean {
  const m = VERSION.exec(requested);
  if (!m) return false;
  return supported.some((v) => {
    const [maj, min] = v.split(".").map(Number);
    return maj === Number(m[1]) && Number(m[2]) <= min;
  });
}

type Parsed = { apiVersion?: unknown; context?: unknown; method?: unknown; params?: unknown };

async function parse(req: Req, api: JsonApi): Promise<Parsed | null> {
  if (req.method === "GET")
    return { apiVersion: req.query.get("apiVersion") ?? undefined, method: req.query.get("method") ?? api.defaultMethod };
  const body = (await readBody(req.raw)).toString("utf8");
  if (!body.trim() && api.defaultMethod) return { method: api.defaultMethod };
  try {
    const o: unknown = JSON.parse(body);
    return o && typeof o === "object" && !Array.isArray(o) ? (o as Parsed) : null;
  } catch {
    return null;
  }
}

export async function serveJsonApi(cam: Camera, req: Req, api: JsonApi): Promise<void> {
  const everyMethodNeedsAuth = Object.values(api.methods).every((m) => m.role !== "anonymous");
  const lowest = (Object.values(api.methods).map((m) => m.role) as Role[]).sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b])[0];
  let who = everyMethodNeedsAuth ? cam.authorize(req, lowest) : null;
  if (everyMethodNeedsAuth && !who) return;
  const p = await parse(req, api);
  if (!p) return sendJson(req.res, 400, { apiVersion: "1.0", error: { code: 4000, message: "Malformed JSON request." } });
  const context = typeof p.context === "string" ? p.context : undefined;
  const method = typeof p.method === "string" ? p.method : "";
  const head = (apiVersion: string) => ({ apiVersion, ...(context !== undefined ? { context } : {}), method });
  const answer = (apiVersion: string, out: unknown) =>
    sendJson(req.res, 200, { ...head(apiVersion), ...(isFailure(out) ? out : { data: out }) });
  const newest = api.versions[api.versions.length - 1];
  if (method === "getSupportedVersions") {
    if (!everyMethodNeedsAuth && !cam.authorize(req, "viewer")) return;
    return answer(newest, { apiVersions: api.versions });
  }
  if (p.apiVersion !== undefined && typeof p.apiVersion !== "string") return answer(newest, ERR.param("apiVersion"));
  const apiVersion = p.apiVersion ?? api.versions[0];
  if (!versionSupported(apiVersion, api.versions)) return answer(apiVersion, ERR.version());
  const m = Object.hasOwn(api.methods, method) ? api.methods[method] : undefined;
  if (!m) {
    if (!everyMethodNeedsAuth && !cam.authorize(req, "viewer")) return;
    return answer(apiVersion, ERR.method(method));
  }
  if (m.role !== "anonymous") {
    who ??= cam.authorize(req, m.role);
    if (!who) return;
    if (ROLE_RANK[who.role] < ROLE_RANK[m.role]) return sendText(req.res, 403, "Error: insufficient privileges.");
  }
  const params = p.params && typeof p.params === "object" && !Array.isArray(p.params) ? (p.params as Record<string, unknown>) : {};
  answer(apiVersion, await m.run(params, who));
}

const isFailure = (x: unknown): x is ApiFailure =>
  !!x && typeof x === "object" && "error" in x && typeof (x as ApiFailure).error?.code === "number";

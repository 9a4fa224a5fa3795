// The JSON APIs (certificates, syslog, NTP, time) share one front: authorise, then parse the request;
// on failure (or getSupportedVersions, answered here for all of them) undefined comes back.
import type { Camera } from "./camera";
import { jsonError, jsonRequest, sendJson, type Req } from "./http-util";
import type { Role } from "./store";

export async function readRpc(cam: Camera, req: Req, role: Role) {
  if (!cam.authorize(req, role)) return undefined;
  let body;
  try {
    body = await jsonRequest(req);
  } catch {
    jsonError(req.res, 400, "", "Malformed JSON request.");
    return undefined;
  }
  if (body.method !== "getSupportedVersions") return body;
  sendJson(req.res, 200, { apiVersion: "1.0", method: body.method, data: { apiVersions: ["1.0"] } });
  return undefined;
}

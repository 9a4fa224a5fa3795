// The JSON APIs (certificates, syslog, NTP, time) share one front: authorise, then parse the request;
// on failure the error is already answered and undefined comes back.
import type { Camera } from "./camera";
import { jsonError, jsonRequest, type Req } from "./http-util";
import type { Role } from "./store";

export async function readRpc(cam: Camera, req: Req, role: Role) {
  if (!cam.authorize(req, role)) return undefined;
  try {
    return await jsonRequest(req);
  } catch {
    jsonError(req.res, 400, "", "Malformed JSON request.");
    return undefined;
  }
}

// The ONVIF endpoints; with WebService.ONVIF.Enabled=no they do not exist (404), like a service turned off.
import type { Camera } from "./camera";
import { readBody, sendText, type Req } from "./http-util";
import { DEVICE_OPS, serveOnvif } from "./onvif-device";
import { MEDIA_OPS } from "./onvif-media";

async function onvif(cam: Camera, req: Req, ops: typeof DEVICE_OPS, prefix: string) {
  if (cam.param("WebService.ONVIF.Enabled") !== "yes") return sendText(req.res, 404, "Error: not found.");
  const xml = (await readBody(req.raw)).toString("utf8");
  await serveOnvif(cam, req, xml, ops, [prefix, "tt"]);
}

export const onvifDevice = (cam: Camera, req: Req) => onvif(cam, req, DEVICE_OPS, "tds");
export const onvifMedia = (cam: Camera, req: Req) => onvif(cam, req, MEDIA_OPS, "trt");

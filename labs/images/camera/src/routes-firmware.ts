// firmwaremanagement.cgi (JSON): status, upgrade (multipart), commit, rollback, factoryDefault, reboot.
import busboy from "busboy";
import type { Camera } from "./camera";
import { jsonError, jsonRequest, sendJson, type Req } from "./http-util";

const API = "1.4";

export async function firmwareCgi(cam: Camera, req: Req) {
  if (!cam.authorize(req, "admin")) return;
  const type = String(req.raw.headers["content-type"] ?? "");
  if (req.method === "POST" && type.startsWith("multipart/form-data")) return upgrade(cam, req);
  let body;
  try {
    body = await jsonRequest(req);
  } catch {
    return jsonError(req.res, 400, "", "Malformed JSON request.", API);
  }
  const { method, params } = body;
  const fw = cam.store.state.firmware;
  const ok = (data: unknown) => sendJson(req.res, 200, { apiVersion: API, method, data });
  switch (method) {
    case "getSupportedVersions":
      return ok({ apiVersions: [API] });
    case "status":
      return ok(status(cam));
    case "commit":
      if (!fw.pendingCommit) return jsonError(req.res, 400, method, "Nothing to commit.", API);
      fw.pendingCommit = false;
      fw.rollbackAt = undefined;
      cam.store.save();
      cam.log("notice", `firmware ${cam.firmware.active.version} committed`);
      return ok({});
    case "rollback":
      if (!cam.firmware.rollback()) return jsonError(req.res, 400, method, "No previous firmware to roll back to.", API);
      fw.pendingCommit = false;
      fw.rollbackAt = undefined;
      cam.log("notice", `firmware rolled back to ${cam.firmware.active.version}`);
      cam.reboot("rollback");
      return ok({ firmwareVersion: cam.firmware.active.version });
    case "factoryDefault": {
      const mode = String(params.factoryDefaultMode ?? "soft");
      if (mode !== "soft" && mode !== "hard") return jsonError(req.res, 400, method, "factoryDefaultMode must be soft or hard.", API);
      ok({});
      return cam.factoryDefault(mode);
    }
    case "reboot":
      ok({});
      return cam.reboot("requested");
    case "upgrade":
      return jsonError(req.res, 400, method, "upgrade needs a multipart/form-data request with the firmware file.", API);
    default:
      return jsonError(req.res, 400, method, `Unknown method "${method}".`, API);
  }
}

function status(cam: Camera) {
  const s = cam.store.state.firmware;
  const a = cam.firmware.active;
  return {
    activeFirmwareVersion: a.version,
    activeFirmwarePart: "A",
    inactiveFirmwareVersion: cam.firmware.inactiveVersion(),
    isCommited: !s.pendingCommit,
    timeToAutoRollback: s.pendingCommit && s.rollbackAt ? Math.max(0, Math.round((s.rollbackAt - cam.now()) / 1000)) : -1,
    lastUpgradeAt: s.lastUpgradeAt ?? null,
    track: a.track,
    endOfSupport: a.endOfSupport,
  };
}

function upgrade(cam: Camera, req: Req): Promise<void> {
  const max = cam.config.maxUploadBytes;
  const fail = (code: number, message: string) => {
    cam.log("warning", `firmware upgrade rejected (${code}): ${message}`);
    jsonError(req.res, code, "upgrade", message, API);
  };
  if (Number(req.raw.headers["content-length"] ?? 0) > max + 64 * 1024) {
    req.res.setHeader("Connection", "close");
    fail(413, `Upload larger than ${max} bytes.`);
    req.raw.destroy();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.raw.headers, limits: { files: 1, fields: 8, fileSize: max, fieldSize: 64 * 1024 } });
    } catch {
      fail(400, "Malformed multipart request.");
      return resolve();
    }
    let opts: Record<string, unknown> = {};
    const chunks: Buffer[] = [];
    let tooLarge = false;
    let gotFile = false;
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      fn();
      resolve();
    };
    bb.on("field", (_name, value) => {
      try {
        const parsed = JSON.parse(value);
        if (parsed?.params && typeof parsed.params === "object") opts = parsed.params;
      } catch {
        // non-JSON fields are ignored
      }
    });
    bb.on("file", (_name, stream) => {
      gotFile = true;
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("error", () => undefined); // a truncated upload also errors the part; bb's "error" answers it
      stream.on("limit", () => {
        tooLarge = true;
      });
    });
    bb.on("error", () =>
      finish(() => {
        req.res.setHeader("Connection", "close");
        fail(400, "Truncated or malformed multipart request.");
      }),
    );
    bb.on("close", () =>
      finish(() => {
        if (tooLarge) return fail(413, `Upload larger than ${max} bytes.`);
        if (!gotFile) return fail(400, "No firmware file in the request.");
        install(cam, req, Buffer.concat(chunks), opts, fail);
      }),
    );
    req.raw.on("aborted", () => finish(() => undefined));
    req.raw.pipe(bb);
  });
}

function install(cam: Camera, req: Req, image: Buffer, opts: Record<string, unknown>, fail: (c: number, m: string) => void) {
  const mode = String(opts.factoryDefaultMode ?? "none");
  const vetted = cam.firmware.vet(image, cam.store.state.model, mode);
  if ("code" in vetted) return fail(vetted.code, vetted.message);
  const from = cam.firmware.active.version;
  cam.firmware.install(image, vetted.header);
  const s = cam.store.state.firmware;
  const autoCommit = String(opts.autoCommit ?? "default");
  s.pendingCommit = autoCommit !== "boot";
  s.rollbackAt = s.pendingCommit ? cam.now() + cam.config.rollbackMs : undefined;
  s.lastUpgradeAt = new Date(cam.now()).toISOString();
  cam.log("notice", `firmware upgraded ${from} -> ${vetted.header.version} (signature verified)`);
  sendJson(req.res, 200, { apiVersion: API, method: "upgrade", data: { firmwareVersion: vetted.header.version } });
  if (mode === "soft" || mode === "hard") cam.factoryDefault(mode);
  else cam.reboot("firmware upgrade");
}

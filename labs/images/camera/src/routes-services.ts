// remotesyslog.cgi, ntp.cgi, time.cgi (JSON), the SBOM (SPDX 2.3) and signed video recording/export.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { recordClip } from "../../shared/clip-format";
import type { Camera } from "./camera";
import { jsonError, sendJson, sendText, type Req } from "./http-util";
import { readRpc } from "./json-rpc";
import { validValue } from "./params";

async function rpc(cam: Camera, req: Req, handlers: Record<string, (p: Record<string, unknown>) => unknown | { error: string }>) {
  const body = await readRpc(cam, req, "admin");
  if (!body) return;
  const h = handlers[body.method];
  if (!h) return jsonError(req.res, 400, body.method, `Unknown method "${body.method}".`);
  const data = h(body.params);
  if (data && typeof data === "object" && "error" in data) return jsonError(req.res, 400, body.method, String(data.error));
  sendJson(req.res, 200, { apiVersion: body.apiVersion, method: body.method, data });
}

/** Applies several params at once or none (a half-applied syslog/NTP config helps nobody). */
function setAll(cam: Camera, values: Record<string, string>): { error: string } | null {
  for (const [k, v] of Object.entries(values))
    if (!cam.defs[k] || !validValue(cam.defs[k], v)) return { error: `invalid value '${v}' for ${k}` };
  for (const [k, v] of Object.entries(values)) cam.setParam(k, v);
  cam.store.save();
  return null;
}

export const remoteSyslogCgi = (cam: Camera, req: Req) =>
  rpc(cam, req, {
    getConfiguration: () => ({
      enabled: cam.param("RemoteSyslog.Enabled") === "yes",
      servers: cam.param("RemoteSyslog.Server")
        ? [
            {
              host: cam.param("RemoteSyslog.Server"),
              port: Number(cam.param("RemoteSyslog.Port")),
              protocol: cam.param("RemoteSyslog.Protocol"),
              severity: cam.param("RemoteSyslog.Severity"),
            },
          ]
        : [],
    }),
    configure: (p) => {
      const s = (Array.isArray(p.servers) ? p.servers[0] : undefined) as Record<string, unknown> | undefined;
      const err = setAll(cam, {
        "RemoteSyslog.Enabled": p.enabled === false || !s ? "no" : "yes",
        "RemoteSyslog.Server": String(s?.host ?? ""),
        "RemoteSyslog.Port": String(s?.port ?? 514),
        "RemoteSyslog.Protocol": String(s?.protocol ?? "udp"),
        "RemoteSyslog.Severity": String(s?.severity ?? "info"),
      });
      if (err) return err;
      cam.log("notice", `remote syslog ${s ? `to ${String(s.host)}` : "disabled"}`);
      return {};
    },
  });

export const ntpCgi = (cam: Camera, req: Req) =>
  rpc(cam, req, {
    getNTPInfo: () => ({
      enabled: cam.param("Time.NTP.Enabled") === "yes",
      obtainFromDHCP: cam.param("Time.ObtainFromDHCP") === "yes",
      servers: cam.param("Time.NTP.Servers").split(",").filter(Boolean),
      nts: cam.param("Time.NTP.NTS") === "yes",
      time: new Date(cam.now()).toISOString(),
    }),
    setNTPClientConfiguration: (p) =>
      setAll(cam, {
        "Time.NTP.Enabled": p.enabled === false ? "no" : "yes",
        "Time.ObtainFromDHCP": p.obtainFromDHCP === true ? "yes" : "no",
        "Time.NTP.Servers": Array.isArray(p.servers) ? p.servers.map(String).join(",") : String(p.servers ?? ""),
        "Time.NTP.NTS": p.nts === true ? "yes" : "no",
      }) ?? {},
  });

/** Manual clock setting, as on a camera without NTP: moves the camera's clock (and so its uptime). */
export const timeCgi = (cam: Camera, req: Req) =>
  rpc(cam, req, {
    getDateTimeInfo: () => ({
      dateTime: new Date(cam.now()).toISOString(),
      uptimeSeconds: Math.floor(cam.uptimeMs() / 1000),
      ntpEnabled: cam.param("Time.NTP.Enabled") === "yes",
    }),
    setDateTime: (p) => {
      const when = typeof p?.dateTime === "string" && /^\d{4}-\d{2}-\d{2}T/.test(p.dateTime) ? Date.parse(p.dateTime) : NaN;
      if (!Number.isFinite(when)) return { error: "params.dateTime must be an ISO 8601 date and time, e.g. 2026-01-31T12:00:00Z" };
      cam.store.state.clockOffsetMs = when - Date.now();
      cam.store.save();
      cam.log("notice", `clock set to ${new Date(cam.now()).toISOString()}`);
      return { dateTime: new Date(cam.now()).toISOString() };
    },
  });

export function sbomCgi(cam: Camera, req: Req) {
  if (!cam.authorize(req, "viewer")) return;
  const fw = cam.firmware.active;
  const s = cam.store.state;
  const pkg = (name: string, version: string, supplier: string, license: string, purl?: string) => ({
    SPDXID: `SPDXRef-Package-${name.replace(/[^A-Za-z0-9.-]/g, "-")}`,
    name,
    versionInfo: version,
    supplier: `Organization: ${supplier}`,
    downloadLocation: "NOASSERTION",
    filesAnalyzed: false,
    licenseConcluded: license,
    licenseDeclared: license,
    copyrightText: "NOASSERTION",
    ...(purl ? { externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: purl }] } : {}),
  });
  const root = pkg(`CamOS-${s.model}`, fw.version, "Cyberwall Devices", "LicenseRef-Cyberwall-Proprietary");
  const components = fw.components.map((c) => pkg(c.name, c.version, c.supplier, c.license, c.purl));
  sendJson(req.res, 200, {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: `CamOS ${fw.version} for ${s.model}`,
    documentNamespace: `https://sbom.cyberwall.example/camos/${s.model}/${fw.version}`,
    creationInfo: { created: fw.buildDate, creators: ["Organization: Cyberwall Devices", "Tool: camos-build-1.0"] },
    packages: [root, ...components],
    relationships: [
      { spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: root.SPDXID },
      ...components.map((c) => ({ spdxElementId: root.SPDXID, relationshipType: "CONTAINS", relatedSpdxElement: c.SPDXID })),
    ],
  });
}

const CLIP_ID = /^clip-[0-9a-f]{12}$/;

export async function signedVideoCgi(cam: Camera, req: Req) {
  const action = req.query.get("action") ?? "list";
  const who = cam.authorize(req, action === "record" ? "operator" : "viewer");
  if (!who) return;
  const dir = path.join(cam.config.stateDir, "clips");
  if (action === "record") {
    const frames = Number(req.query.get("frames") ?? 50);
    if (!Number.isInteger(frames) || frames < 1 || frames > 600)
      return jsonError(req.res, 400, "record", "frames must be an integer from 1 to 600.");
    const clipId = `clip-${randomBytes(6).toString("hex")}`;
    const signed = cam.param("SignedVideo.Enabled") === "yes";
    const text = recordClip({
      clipId,
      serial: cam.store.state.serial,
      model: cam.store.state.model,
      frames,
      start: new Date(cam.now()),
      signer: signed ? { keyPem: cam.deviceId.keyPem, chain: cam.deviceId.chain } : undefined,
    });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${clipId}.cwsv`), text);
    cam.log("info", `recorded ${clipId} (${frames} frames, ${signed ? "signed" : "NOT signed"})`);
    return sendJson(req.res, 200, {
      apiVersion: "1.0",
      method: "record",
      data: { clipId, frames, signed, export: `/axis-cgi/signedvideo.cgi?action=export&clip=${clipId}` },
    });
  }
  if (action === "list") {
    const clips = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".cwsv"))
          .map((f) => ({ clipId: f.slice(0, -5), bytes: fs.statSync(path.join(dir, f)).size }))
      : [];
    return sendJson(req.res, 200, { apiVersion: "1.0", method: "list", data: { clips } });
  }
  if (action === "export") {
    const id = req.query.get("clip") ?? "";
    const file = path.join(dir, `${id}.cwsv`);
    if (!CLIP_ID.test(id) || !fs.existsSync(file)) return jsonError(req.res, 404, "export", `no clip "${id}".`);
    const data = fs.readFileSync(file);
    req.res.writeHead(200, {
      "Content-Type": "application/x-ndjson",
      "Content-Length": data.length,
      "Content-Disposition": `attachment; filename="${id}.cwsv"`,
    });
    return void req.res.end(data);
  }
  jsonError(req.res, 400, action, `unknown action "${action}".`);
}

export function rootDesc(cam: Camera, req: Req) {
  if (cam.param("Network.UPnP.Enabled") !== "yes") return sendText(req.res, 404, "Error: not found.");
  const s = cam.store.state;
  const xml = `<?xml version="1.0"?>\n<root xmlns="urn:schemas-upnp-org:device-1-0"><specVersion><major>1</major><minor>0</minor></specVersion><device><deviceType>urn:schemas-upnp-org:device:Basic:1</deviceType><friendlyName>${esc(cam.param("Network.UPnP.FriendlyName"))}</friendlyName><manufacturer>Cyberwall</manufacturer><modelName>${esc(s.model)}</modelName><modelNumber>${esc(cam.firmware.active.version)}</modelNumber><serialNumber>${esc(s.serial)}</serialNumber><UDN>uuid:cw-${esc(s.serial.toLowerCase())}</UDN></device></root>\n`;
  req.res.writeHead(200, { "Content-Type": "text/xml", "Content-Length": Buffer.byteLength(xml) });
  req.res.end(xml);
}
const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

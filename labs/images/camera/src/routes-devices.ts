// What a fixed camera without I/O, PTZ or installed applications answers: stream profiles, I/O port management
// (no ports), view area (the one full view), application list (none), the PTZ driver query and usergroup.cgi.
import type { Camera } from "./camera";
import { sendText, type Req } from "./http-util";
import { STREAM_PROFILES } from "./stream-profiles";
import { ERR, fail, serveJsonApi } from "./vapix-json";

export const streamProfileCgi = (cam: Camera, req: Req) =>
  serveJsonApi(cam, req, {
    versions: ["1.0"],
    methods: {
      list: {
        role: "viewer",
        run: (p) => {
          const wanted = p.streamProfileName;
          if (wanted !== undefined && !Array.isArray(wanted)) return ERR.param("streamProfileName");
          const names = (wanted ?? []).map((w) => (w && typeof w === "object" ? (w as { name?: unknown }).name : undefined));
          if (names.some((n) => typeof n !== "string")) return ERR.param("streamProfileName[].name");
          const missing = names.find((n) => !STREAM_PROFILES.some((s) => s.name === n));
          if (missing) return fail(2006, `The requested profile does not exist: ${String(missing)}`);
          return {
            maxProfiles: 26,
            streamProfile: names.length ? STREAM_PROFILES.filter((s) => names.includes(s.name)) : STREAM_PROFILES,
          };
        },
      },
    },
  });

const noSuchPort = () => fail(1000, "Invalid parameter value specified: this camera has no I/O ports");

export const portManagementCgi = (cam: Camera, req: Req) =>
  serveJsonApi(cam, req, {
    versions: ["1.0"],
    methods: {
      getPorts: { role: "viewer", run: () => ({ numberOfPorts: 0, items: [] }) },
      setPorts: { role: "admin", run: noSuchPort },
      setStateSequence: { role: "operator", run: noSuchPort },
    },
  });

export const viewAreaCgi = (cam: Camera, req: Req) =>
  serveJsonApi(cam, req, {
    versions: ["1.0"],
    methods: {
      list: {
        role: "viewer",
        run: () => {
          const [w, h] = cam.param("Image.I0.Resolution").split("x").map(Number);
          return {
            viewAreas: [
              {
                id: 1,
                source: 0,
                camera: 1,
                configurable: false,
                canvasSize: { horizontal: w, vertical: h },
                rectangularGeometry: { horizontalOffset: 0, horizontalSize: w, verticalOffset: 0, verticalSize: h },
                minSize: { horizontal: 320, vertical: 180 },
                maxSize: { horizontal: w, vertical: h },
              },
            ],
          };
        },
      },
    },
  });

/** VAPIX application list: XML, none installed. */
export function applicationsList(cam: Camera, req: Req) {
  if (!cam.authorize(req, "viewer")) return;
  const xml = '<reply result="ok">\n</reply>\n';
  req.res.writeHead(200, { "Content-Type": "text/xml", "Content-Length": Buffer.byteLength(xml) });
  req.res.end(xml);
}

/** The PTZ driver query on a fixed camera: answered, but there is no driver (Properties.PTZ.PTZ=no). */
export function ptzCgi(cam: Camera, req: Req) {
  if (!cam.authorize(req, "viewer")) return;
  if (req.query.get("info") === "1") return sendText(req.res, 200, "# No PTZ driver installed (fixed camera): no commands supported.");
  if (req.query.has("query")) return sendText(req.res, 200, "Error: no PTZ driver installed.");
  sendText(req.res, 400, "Error: ptz.cgi needs query=... or info=1.");
}

/** usergroup.cgi: the caller's name, then its groups (what clients read to learn their access rights). */
export function userGroupCgi(cam: Camera, req: Req) {
  const who = cam.authorize(req, "viewer");
  if (!who) return;
  const account = cam.store.state.accounts[who.user];
  const groups = { viewer: ["viewer"], operator: ["operator", "viewer"], admin: ["admin", "operator", "viewer"] }[who.role];
  sendText(req.res, 200, `${who.user}\n${["users", ...groups, ...(account?.ptz ? ["ptz"] : [])].join(" ")}`);
}

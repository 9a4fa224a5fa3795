// Lab control channel: a Unix socket inside the container, used by `camctl` (docker exec). Nothing on the
// network can reach it. One JSON request line in, one JSON answer line out.
import fs from "node:fs";
import net from "node:net";
import { tamperFirmware } from "../../shared/firmware-format";
import { ACCOUNT_NAME } from "./accounts";
import type { Camera } from "./camera";
import { discoveryActive } from "./discovery";
import type { Role } from "./store";

export type ControlAnswer = { ok: boolean; message: string; data?: unknown };

function parseDuration(s: string): number | null {
  const m = /^([+-]?)(\d+(?:\.\d+)?)([smhd])$/.exec(s.trim());
  if (!m) return null;
  const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5 }[m[3] as "s" | "m" | "h" | "d"];
  return (m[1] === "-" ? -1 : 1) * Number(m[2]) * unit;
}

export function runControl(cam: Camera, cmd: string, args: string[]): ControlAnswer {
  const s = cam.store.state;
  switch (cmd) {
    case "status":
      return {
        ok: true,
        message: `${s.model} ${s.serial} CamOS ${cam.firmware.active.version} up ${Math.floor(cam.uptimeMs() / 1000)}s, ${cam.needsSetup ? "needs setup" : `${Object.keys(s.accounts).length} account(s)`}, clock ${new Date(cam.now()).toISOString()}`,
        data: {
          serial: s.serial,
          model: s.model,
          version: cam.firmware.active.version,
          needsSetup: cam.needsSetup,
          uptimeSeconds: Math.floor(cam.uptimeMs() / 1000),
          clock: new Date(cam.now()).toISOString(),
          clockOffsetSeconds: s.clockOffsetMs / 1000,
          bootId: cam.bootId,
          accounts: Object.fromEntries(Object.entries(s.accounts).map(([n, a]) => [n, a.role])),
          discovery: { ssdp: discoveryActive(cam, "ssdp"), mdns: discoveryActive(cam, "mdns"), wsd: discoveryActive(cam, "wsd") },
          firmware: s.firmware,
          ports: cam.ports,
        },
      };
    case "clock": {
      if (args[0] === "reset") s.clockOffsetMs = 0;
      else {
        const d = parseDuration(args[0] ?? "");
        if (d === null) return { ok: false, message: "usage: camctl clock +2h | -30m | reset" };
        s.clockOffsetMs += d;
      }
      cam.store.save();
      return { ok: true, message: `camera clock now ${new Date(cam.now()).toISOString()} (uptime ${Math.floor(cam.uptimeMs() / 1000)}s)` };
    }
    case "factory-reset": {
      const mode = args[0] ?? "hard";
      if (mode !== "soft" && mode !== "hard") return { ok: false, message: "usage: camctl factory-reset [soft|hard]" };
      cam.factoryDefault(mode);
      return { ok: true, message: `factory default (${mode}) done` };
    }
    case "reboot":
      cam.reboot("camctl");
      return { ok: true, message: `rebooted, boot id ${cam.bootId}` };
    case "tamper-os": {
      const image = tamperFirmware(fs.readFileSync(cam.firmware.activeFile), (p) => Buffer.concat([p, Buffer.from("\n/* implant */\n")]));
      fs.writeFileSync(cam.firmware.activeFile, image);
      cam.log("warning", "installed OS image modified (camctl tamper-os); the next boot will refuse it");
      return { ok: true, message: "installed OS image modified; restart the container to see secure boot refuse it" };
    }
    case "set": {
      const [name, value] = args;
      if (!name || value === undefined || !cam.setParam(name.replace(/^root\./, ""), value))
        return { ok: false, message: `cannot set ${name} to ${value}` };
      cam.store.save();
      return { ok: true, message: `${name}=${value}` };
    }
    case "get":
      return { ok: true, message: args.map((n) => `${n}=${cam.param(n.replace(/^root\./, ""))}`).join("\n") };
    case "add-user": {
      const [name, pwd, role] = args;
      if (!name || !ACCOUNT_NAME.test(name) || !pwd || !["viewer", "operator", "admin"].includes(role ?? ""))
        return { ok: false, message: "usage: camctl add-user NAME PASSWORD viewer|operator|admin (no password policy applied)" };
      s.accounts[name] = cam.newAccount(name, pwd, role as Role);
      cam.store.save();
      return { ok: true, message: `account ${name} (${role}) created` };
    }
    case "log":
      return { ok: true, message: cam.logLines.slice(-Number(args[0] ?? 50)).join("\n") };
    default:
      return {
        ok: false,
        message: `unknown command "${cmd}". Commands: status, clock, factory-reset, reboot, tamper-os, set, get, add-user, log`,
      };
  }
}

export function startControl(cam: Camera, socketPath: string): net.Server {
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((sock) => {
    let buf = "";
    sock.on("error", () => sock.destroy());
    sock.on("data", (d) => {
      buf += d.toString();
      if (buf.length > 65536) return sock.destroy();
      const nl = buf.indexOf("\n");
      if (nl < 0) return;
      let answer: ControlAnswer;
      try {
        const { cmd, args } = JSON.parse(buf.slice(0, nl));
        answer = runControl(cam, String(cmd), Array.isArray(args) ? args.map(String) : []);
      } catch (e) {
        answer = { ok: false, message: `control error: ${(e as Error).message}` };
      }
      sock.end(JSON.stringify(answer) + "\n");
    });
  });
  server.listen(socketPath);
  server.unref();
  return server;
}

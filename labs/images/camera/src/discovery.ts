// Discovery answers: SSDP (UPnP, UDP 1900), mDNS/DNS-SD (Bonjour, UDP 5353) and WS-Discovery (ONVIF, UDP 3702).
// Like a hardened camera they answer only during the first hour after boot (camera clock) unless
// Network.Discovery.KeepOn=yes.
import dgram from "node:dgram";
import os from "node:os";
import { answerProbe } from "./ws-discovery";

type Cam = {
  config: { host: string; ssdpPort: number; mdnsPort: number; wsdPort: number; discoveryWindowMs: number };
  ports: { ssdp: number; mdns: number; wsd: number; http: number };
  bootId: string;
  param(n: string): string;
  uptimeMs(): number;
  store: { state: { serial: string; model: string; hostname: string } };
  firmware: { active: { version: string } };
};
export type Discovery = { close(): void };

const SWITCH = {
  ssdp: ["Network.UPnP.Enabled"],
  mdns: ["Network.Bonjour.Enabled"],
  // WS-Discovery points at the ONVIF service: nothing to announce while ONVIF is off.
  wsd: ["WebService.DiscoveryMode.Discoverable", "WebService.ONVIF.Enabled"],
};
export function discoveryActive(cam: Cam, kind: "ssdp" | "mdns" | "wsd"): boolean {
  const enabled = SWITCH[kind].every((p) => cam.param(p) === "yes");
  return enabled && (cam.param("Network.Discovery.KeepOn") === "yes" || cam.uptimeMs() < cam.config.discoveryWindowMs);
}

function localAddress(): string {
  for (const list of Object.values(os.networkInterfaces()))
    for (const i of list ?? []) if (i.family === "IPv4" && !i.internal) return i.address;
  return "127.0.0.1";
}

async function bind(
  port: number,
  group: string,
  onMessage: (sock: dgram.Socket, msg: Buffer, rinfo: dgram.RemoteInfo) => void,
): Promise<dgram.Socket | undefined> {
  if (!port && port !== -1) return undefined;
  const sock = dgram.createSocket({ type: "udp4", reuseAddr: true });
  sock.on("error", () => undefined);
  sock.on("message", (msg, rinfo) => {
    try {
      onMessage(sock, msg, rinfo);
    } catch {
      // a malformed datagram is ignored, never fatal
    }
  });
  await new Promise<void>((resolve) => sock.bind(port === -1 ? 0 : port, () => resolve()));
  try {
    sock.addMembership(group);
  } catch {
    // no multicast route (e.g. loopback-only tests): unicast queries still work
  }
  return sock;
}

export async function startDiscovery(cam: Cam): Promise<Discovery> {
  const uuid = `cw-${cam.store.state.serial.toLowerCase()}`;
  const ssdp = await bind(cam.config.ssdpPort, "239.255.255.250", (sock, msg, rinfo) => {
    const text = msg.toString("latin1");
    if (!text.startsWith("M-SEARCH") || !discoveryActive(cam, "ssdp")) return;
    const st = /^ST:\s*(.+)$/im.exec(text)?.[1]?.trim() ?? "upnp:rootdevice";
    const reply = [
      "HTTP/1.1 200 OK",
      "CACHE-CONTROL: max-age=1800",
      "EXT:",
      `LOCATION: http://${localAddress()}:${cam.ports.http}/rootdesc.xml`,
      `SERVER: Linux/6.1 UPnP/1.0 CamOS/${cam.firmware.active.version}`,
      `ST: ${st}`,
      `USN: uuid:${uuid}::${st}`,
      "",
      "",
    ].join("\r\n");
    sock.send(reply, rinfo.port, rinfo.address);
  });
  const mdns = await bind(cam.config.mdnsPort, "224.0.0.251", (sock, msg, rinfo) => {
    if (!discoveryActive(cam, "mdns")) return;
    const answer = answerMdns(msg, cam);
    if (answer) sock.send(answer, rinfo.port, rinfo.address);
  });
  const wsd = await bind(cam.config.wsdPort, "239.255.255.250", (sock, msg, rinfo) => {
    if (!discoveryActive(cam, "wsd")) return;
    // Bound to one address (tests, a multi-homed setup): that is where the device service is reachable.
    const answer = answerProbe(msg, cam, cam.config.host && cam.config.host !== "0.0.0.0" ? cam.config.host : localAddress());
    if (answer) sock.send(answer, rinfo.port, rinfo.address);
  });
  cam.ports.ssdp = ssdp ? ssdp.address().port : 0;
  cam.ports.mdns = mdns ? mdns.address().port : 0;
  cam.ports.wsd = wsd ? wsd.address().port : 0;
  return { close: () => [ssdp, mdns, wsd].forEach((s) => s?.close()) };
}

// --- minimal DNS wire format (RFC 1035 / 6762), enough for PTR/SRV/TXT/A answers ---
function readName(buf: Buffer, off: number): [string, number] {
  const labels: string[] = [];
  for (let guard = 0; guard < 64; guard++) {
    const len = buf[off];
    if (len === undefined) throw new Error("truncated");
    if (len === 0) return [labels.join("."), off + 1];
    if (len >= 0xc0)
      return [
        labels
          .concat(readName(buf, ((len & 0x3f) << 8) | buf[off + 1])[0])
          .filter(Boolean)
          .join("."),
        off + 2,
      ];
    labels.push(buf.toString("utf8", off + 1, off + 1 + len));
    off += 1 + len;
  }
  throw new Error("name too long");
}
const encName = (name: string) =>
  Buffer.concat([...name.split(".").map((l) => Buffer.concat([Buffer.from([Buffer.byteLength(l)]), Buffer.from(l)])), Buffer.from([0])]);
function rr(name: string, type: number, rdata: Buffer, flush = false): Buffer {
  const head = Buffer.alloc(10);
  head.writeUInt16BE(type, 0);
  head.writeUInt16BE(flush ? 0x8001 : 1, 2);
  head.writeUInt32BE(120, 4);
  head.writeUInt16BE(rdata.length, 8);
  return Buffer.concat([encName(name), head, rdata]);
}

function answerMdns(msg: Buffer, cam: Cam): Buffer | null {
  if (msg.length < 12 || msg[2] & 0x80) return null; // responses are not queries
  const qd = msg.readUInt16BE(4);
  const names: string[] = [];
  let off = 12;
  for (let i = 0; i < Math.min(qd, 16); i++) {
    const [name, next] = readName(msg, off);
    names.push(name.toLowerCase());
    off = next + 4;
  }
  const host = `${cam.store.state.hostname}.local`;
  const instance = `${cam.param("Network.Bonjour.FriendlyName").replace(/\./g, " ")}`;
  const answers: Buffer[] = [];
  for (const q of names) {
    if (q === "_services._dns-sd._udp.local") {
      for (const svc of ["_http._tcp.local", "_axis-video._tcp.local"]) answers.push(rr(q, 12, encName(svc)));
    } else if (q === "_http._tcp.local" || q === "_axis-video._tcp.local") {
      const full = `${instance}.${q}`;
      const srv = Buffer.concat([Buffer.from([0, 0, 0, 0, cam.ports.http >> 8, cam.ports.http & 0xff]), encName(host)]);
      const txtItems = [`macaddress=${cam.store.state.serial}`, `sn=${cam.store.state.serial}`].map((t) =>
        Buffer.concat([Buffer.from([t.length]), Buffer.from(t)]),
      );
      answers.push(rr(q, 12, encName(full)), rr(full, 33, srv, true), rr(full, 16, Buffer.concat(txtItems), true));
      answers.push(rr(host, 1, Buffer.from(localAddress().split(".").map(Number)), true));
    }
  }
  if (!answers.length) return null;
  const head = Buffer.alloc(12);
  head.writeUInt16BE(msg.readUInt16BE(0), 0); // same id (legacy unicast queries need it)
  head.writeUInt16BE(0x8400, 2); // response, authoritative
  head.writeUInt16BE(answers.length, 6);
  return Buffer.concat([head, ...answers]);
}

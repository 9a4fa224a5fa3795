// ONVIF device service (/onvif/device_service): clock (anonymous, so clients can correct their skew),
// identity, capabilities, services, network interfaces and user management over the camera's own accounts.
import os from "node:os";
import { ACCOUNT_NAME, checkPassword } from "./accounts";
import type { Camera } from "./camera";
import type { Req } from "./http-util";
import { onvifAuthorize } from "./onvif-auth";
import { blocks, esc, field, sendFault, sendSoap } from "./soap";
import type { Role } from "./store";

const LEVEL: Record<Role, string> = { admin: "Administrator", operator: "Operator", viewer: "User" };
const ROLE_OF: Record<string, Role> = { Administrator: "admin", Operator: "operator", User: "viewer" };

export const localAddr = (req: Req) => (req.raw.socket.localAddress ?? "127.0.0.1").replace(/^::ffff:/, "");
const base = (req: Req) => `http://${localAddr(req)}:${req.raw.socket.localPort ?? 80}`;

function dateTime(ms: number): string {
  const d = new Date(ms);
  return (
    `<tt:UTCDateTime><tt:Time><tt:Hour>${d.getUTCHours()}</tt:Hour><tt:Minute>${d.getUTCMinutes()}</tt:Minute><tt:Second>${d.getUTCSeconds()}</tt:Second></tt:Time>` +
    `<tt:Date><tt:Year>${d.getUTCFullYear()}</tt:Year><tt:Month>${d.getUTCMonth() + 1}</tt:Month><tt:Day>${d.getUTCDate()}</tt:Day></tt:Date></tt:UTCDateTime>`
  );
}

function mac(): string {
  for (const list of Object.values(os.networkInterfaces()))
    for (const i of list ?? []) if (!i.internal && i.mac !== "00:00:00:00:00:00") return i.mac;
  return "ac:cc:8e:00:00:01";
}

/** Operations, the lowest role for each ("anonymous" only for the clock), and their answers. */
const OPS: Record<string, { role: Role | "anonymous"; run: (cam: Camera, req: Req, xml: string) => string | { fault: string } }> = {
  GetSystemDateAndTime: {
    role: "anonymous",
    run: (cam) =>
      `<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>${cam.param("Time.NTP.Enabled") === "yes" ? "NTP" : "Manual"}</tt:DateTimeType>` +
      `<tt:DaylightSavings>false</tt:DaylightSavings><tt:TimeZone><tt:TZ>UTC0</tt:TZ></tt:TimeZone>${dateTime(cam.now())}</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>`,
  },
  GetDeviceInformation: {
    role: "viewer",
    run: (cam) => {
      const s = cam.store.state;
      return (
        `<tds:GetDeviceInformationResponse><tds:Manufacturer>Cyberwall</tds:Manufacturer><tds:Model>${esc(s.model)}</tds:Model>` +
        `<tds:FirmwareVersion>${esc(cam.firmware.active.version)}</tds:FirmwareVersion><tds:SerialNumber>${esc(s.serial)}</tds:SerialNumber>` +
        `<tds:HardwareId>7A1</tds:HardwareId></tds:GetDeviceInformationResponse>`
      );
    },
  },
  GetCapabilities: {
    role: "viewer",
    run: (_cam, req) =>
      `<tds:GetCapabilitiesResponse><tds:Capabilities>` +
      `<tt:Device><tt:XAddr>${base(req)}/onvif/device_service</tt:XAddr><tt:Security><tt:TLS1.2>true</tt:TLS1.2><tt:UsernameToken>true</tt:UsernameToken><tt:HttpDigest>true</tt:HttpDigest></tt:Security></tt:Device>` +
      `<tt:Media><tt:XAddr>${base(req)}/onvif/media_service</tt:XAddr><tt:StreamingCapabilities><tt:RTPMulticast>false</tt:RTPMulticast><tt:RTP_TCP>true</tt:RTP_TCP><tt:RTP_RTSP_TCP>true</tt:RTP_RTSP_TCP></tt:StreamingCapabilities></tt:Media>` +
      `</tds:Capabilities></tds:GetCapabilitiesResponse>`,
  },
  GetServices: {
    role: "viewer",
    run: (_cam, req) =>
      `<tds:GetServicesResponse>` +
      [
        ["http://www.onvif.org/ver10/device/wsdl", "device_service"],
        ["http://www.onvif.org/ver10/media/wsdl", "media_service"],
      ]
        .map(
          ([ns, p]) =>
            `<tds:Service><tds:Namespace>${ns}</tds:Namespace><tds:XAddr>${base(req)}/onvif/${p}</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version></tds:Service>`,
        )
        .join("") +
      `</tds:GetServicesResponse>`,
  },
  GetNetworkInterfaces: {
    role: "viewer",
    run: (_cam, req) =>
      `<tds:GetNetworkInterfacesResponse><tds:NetworkInterfaces token="eth0"><tt:Enabled>true</tt:Enabled><tt:Info><tt:Name>eth0</tt:Name><tt:HwAddress>${mac()}</tt:HwAddress><tt:MTU>1500</tt:MTU></tt:Info>` +
      `<tt:IPv4><tt:Enabled>true</tt:Enabled><tt:Config><tt:Manual><tt:Address>${localAddr(req)}</tt:Address><tt:PrefixLength>24</tt:PrefixLength></tt:Manual><tt:DHCP>false</tt:DHCP></tt:Config></tt:IPv4>` +
      `</tds:NetworkInterfaces></tds:GetNetworkInterfacesResponse>`,
  },
  GetUsers: {
    role: "admin",
    run: (cam) =>
      `<tds:GetUsersResponse>${Object.entries(cam.store.state.accounts)
        .map(([n, a]) => `<tds:User><tt:Username>${esc(n)}</tt:Username><tt:UserLevel>${LEVEL[a.role]}</tt:UserLevel></tds:User>`)
        .join("")}</tds:GetUsersResponse>`,
  },
  CreateUsers: { role: "admin", run: createUsers },
};

/** All or nothing, with the same name and password rules as pwdgrp.cgi. */
function createUsers(cam: Camera, _req: Req, xml: string): string | { fault: string } {
  const users = blocks(xml, "User").map((u) => ({
    name: field(u, "Username") ?? "",
    pwd: field(u, "Password") ?? "",
    level: field(u, "UserLevel") ?? "",
  }));
  if (!users.length) return { fault: "CreateUsers needs at least one User" };
  for (const u of users) {
    if (!ACCOUNT_NAME.test(u.name)) return { fault: `invalid account name '${u.name}' (1-14 characters a-z, A-Z, 0-9)` };
    if (Object.hasOwn(cam.store.state.accounts, u.name)) return { fault: `account ${u.name} already exists` };
    if (!ROLE_OF[u.level]) return { fault: `UserLevel must be Administrator, Operator or User` };
    const policy = checkPassword(u.pwd, cam.passwordPolicy);
    if (policy) return { fault: policy.replace(/^Error: /, "") };
  }
  for (const u of users) {
    cam.store.state.accounts[u.name] = cam.newAccount(u.name, u.pwd, ROLE_OF[u.level]);
    cam.log("notice", `created account ${u.name} (${ROLE_OF[u.level]}) over ONVIF`);
  }
  cam.store.save();
  return "<tds:CreateUsersResponse/>";
}

export async function serveOnvif(cam: Camera, req: Req, xml: string, ops: typeof OPS, prefixes: string[]): Promise<void> {
  const name = (/<(?:[\w.-]+:)?Body(?:\s[^>]*)?>\s*<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(xml) ?? [])[1];
  const op = name && Object.hasOwn(ops, name) ? ops[name] : undefined;
  if (op?.role !== "anonymous" && !onvifAuthorize(cam, req, xml, op?.role ?? "viewer")) return;
  if (!op) return sendFault(req.res, 400, "Sender", "ter:ActionNotSupported", name ? `${name} is not supported` : "not a SOAP request");
  const out = op.run(cam, req, xml);
  if (typeof out !== "string") return sendFault(req.res, 400, "Sender", "ter:InvalidArgVal", out.fault);
  sendSoap(req.res, 200, out, prefixes);
}

export type OnvifOps = typeof OPS;
export const DEVICE_OPS = OPS;

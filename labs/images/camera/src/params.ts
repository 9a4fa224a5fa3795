// The parameter tree behind param.cgi: defaults as shipped, who may read/write each, and value rules.
import { isIP } from "node:net";
import { STREAM_PROFILES } from "./stream-profiles";
import { ROLE_RANK, type Role } from "./store";

type Kind =
  | { type: "bool" }
  | { type: "enum"; values: string[] }
  | { type: "string"; max?: number }
  | { type: "int"; min: number; max: number }
  | { type: "hosts" }
  | { type: "cidrs" }
  | { type: "readonly" };
export type ParamDef = { value: string; read: Role; write: Role; kind: Kind };

const bool = (value: "yes" | "no", write: Role = "admin", read: Role = "viewer"): ParamDef => ({
  value,
  read,
  write,
  kind: { type: "bool" },
});
const str = (value: string, write: Role = "admin", read: Role = "viewer", max = 255): ParamDef => ({
  value,
  read,
  write,
  kind: { type: "string", max },
});
const ro = (value: string, read: Role = "viewer"): ParamDef => ({ value, read, write: "admin", kind: { type: "readonly" } });
const en = (value: string, values: string[], write: Role = "admin", read: Role = "viewer"): ParamDef => ({
  value,
  read,
  write,
  kind: { type: "enum", values },
});
const int = (value: number, min: number, max: number, write: Role = "admin"): ParamDef => ({
  value: String(value),
  read: "viewer",
  write,
  kind: { type: "int", min, max },
});

/** Defaults as shipped; values depending on the device are filled in by `paramDefaults`. */
export function paramDefaults(dev: {
  serial: string;
  model: string;
  version: string;
  buildDate: string;
  hostname: string;
}): Record<string, ParamDef> {
  return {
    "Brand.Brand": ro("Cyberwall"),
    "Brand.ProdNbr": ro(dev.model),
    "Brand.ProdFullName": ro(`Cyberwall ${dev.model} Network Camera`),
    "Brand.ProdShortName": ro(`Cyberwall ${dev.model}`),
    "Brand.ProdType": ro("Network Camera"),
    "Brand.ProdVariant": ro(""),
    "Brand.WebURL": ro("https://www.example.com/cyberwall"),
    "Properties.Firmware.Version": ro(dev.version),
    "Properties.Firmware.BuildDate": ro(dev.buildDate),
    "Properties.Firmware.BuildNumber": ro(buildNumber(dev.version)),
    "Properties.System.SerialNumber": ro(dev.serial),
    "Properties.System.Architecture": ro("aarch64"),
    "Properties.System.HardwareID": ro("7A1"),
    "Properties.System.Soc": ro("Cyberwall CV25"),
    "Properties.System.Language": ro("English"),
    "Properties.System.LanguageType": ro("default"),
    "Properties.API.HTTP.Version": ro("3"),
    "Properties.API.HTTP.AdminPath": ro("/"),
    "Properties.API.Metadata.Metadata": ro("no"),
    "Properties.API.Metadata.Version": ro("1.0"),
    "Properties.Audio.Audio": ro("no"),
    "Properties.EmbeddedDevelopment.EmbeddedDevelopment": ro("yes"),
    "Properties.EmbeddedDevelopment.Version": ro("3.0"),
    "Properties.HTTPS.HTTPS": ro("yes"),
    "Properties.Image.Format": ro("jpeg,mjpeg,h264"),
    "Properties.Image.NbrOfViews": ro("1"),
    "Properties.Image.Resolution": ro("1920x1080,1280x720,640x360"),
    "Properties.Image.Rotation": ro("0,90,180,270"),
    "Properties.LightControl.LightControlAvailable": ro("no"),
    "Properties.PTZ.PTZ": ro("no"),
    "Properties.PTZ.DigitalPTZ": ro("no"),
    "Input.NbrOfInputs": ro("0"),
    "Output.NbrOfOutputs": ro("0"),
    ...streamProfileParams(),
    "Image.I0.Resolution": en("1920x1080", ["1920x1080", "1280x720", "640x360"], "operator"),
    "Image.I0.Appearance.Rotation": en("0", ["0", "90", "180", "270"], "operator"),
    "SignedVideo.Enabled": bool("yes", "operator"),
    "Network.HostName": { value: dev.hostname, read: "viewer", write: "admin", kind: { type: "string", max: 63 } },
    "Network.HTTP.AuthenticationPolicy": en("digest", ["basic_digest", "digest", "digest_only"]),
    "Network.HTTP.HTTPSOnly": bool("no"),
    "Network.HTTPS.MinTLSVersion": en("TLSv1.2", ["TLSv1.2", "TLSv1.3"]),
    "Network.UPnP.Enabled": bool("yes"),
    "Network.UPnP.FriendlyName": str(`${dev.model} - ${dev.serial}`),
    "Network.Bonjour.Enabled": bool("yes"),
    "Network.Bonjour.FriendlyName": str(`${dev.model} - ${dev.serial}`),
    "Network.ZeroConf.Enabled": bool("yes"),
    "Network.Discovery.KeepOn": bool("no"),
    "WebService.DiscoveryMode.Discoverable": bool("yes"),
    "WebService.ONVIF.Enabled": bool("yes"),
    "Network.SSH.Enabled": bool("no"),
    "Network.FTP.Enabled": bool("no"),
    "SNMP.Enabled": bool("no"),
    "SNMP.V1": bool("no"),
    "SNMP.V2c": bool("no"),
    "SNMP.V3": bool("no"),
    "SNMP.V1ReadCommunity": str("public", "admin", "admin"),
    "Network.Filter.Enabled": bool("no"),
    "Network.Filter.Input.AcceptAddresses": { value: "", read: "admin", write: "admin", kind: { type: "cidrs" } },
    "Network.Interface.I0.dot1x.Enabled": bool("no", "admin", "admin"),
    "Network.Interface.I0.dot1x.EAPOLVersion": en("2", ["1", "2", "3"], "admin", "admin"),
    "Network.Interface.I0.dot1x.EAPTLS.Identity": str("", "admin", "admin"),
    "Network.Interface.I0.dot1x.EAPTLS.CACertificate": str("", "admin", "admin"),
    "Network.Interface.I0.dot1x.EAPTLS.ClientCertificate": str("deviceid", "admin", "admin"),
    "RemoteSyslog.Enabled": bool("no", "admin", "admin"),
    "RemoteSyslog.Server": { value: "", read: "admin", write: "admin", kind: { type: "hosts" } },
    "RemoteSyslog.Port": int(514, 1, 65535),
    "RemoteSyslog.Protocol": en("udp", ["udp", "tcp"], "admin", "admin"),
    "RemoteSyslog.Severity": en("info", ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"], "admin", "admin"),
    "Time.ObtainFromDHCP": bool("yes"),
    "Time.NTP.Enabled": bool("yes"),
    "Time.NTP.Servers": { value: "", read: "viewer", write: "admin", kind: { type: "hosts" } },
    "Time.NTP.NTS": bool("no"),
    "Time.TimeZone": str("UTC"),
    "Security.PasswordPolicy": en("complexity", ["none", "length", "complexity"], "admin", "admin"),
  };
}

/** Groups a fixed camera has but leaves empty (no such hardware): listing them is a valid answer, not an error. */
export const EMPTY_GROUPS = new Set(["IOPort", "PTZ", "LightControl", "MQTT"]);

const buildNumber = (version: string) => String(version.split(".").reduce((n, p) => n * 100 + Number(p || 0), 0) % 100000);

function streamProfileParams(): Record<string, ParamDef> {
  const out: Record<string, ParamDef> = { "StreamProfile.MaxGroups": ro("26") };
  STREAM_PROFILES.forEach((p, i) => {
    out[`StreamProfile.S${i}.Name`] = ro(p.name);
    out[`StreamProfile.S${i}.Description`] = ro(p.description);
    out[`StreamProfile.S${i}.Parameters`] = ro(p.parameters);
  });
  return out;
}

export const canRead = (def: ParamDef, role: Role) => ROLE_RANK[role] >= ROLE_RANK[def.read];
export const canWrite = (def: ParamDef, role: Role) => def.kind.type !== "readonly" && ROLE_RANK[role] >= ROLE_RANK[def.write];

const HOST = /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
function isCidr(s: string): boolean {
  const [ip, bits, ...rest] = s.split("/");
  if (rest.length || !isIP(ip)) return false;
  if (bits === undefined) return true;
  const max = isIP(ip) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

export function validValue(def: ParamDef, value: string): boolean {
  const k = def.kind;
  switch (k.type) {
    case "bool":
      return value === "yes" || value === "no";
    case "enum":
      return k.values.includes(value);
    case "string":
      return value.length <= (k.max ?? 255) && /^[\x20-\x7e]*$/.test(value);
    case "int":
      return /^\d{1,6}$/.test(value) && Number(value) >= k.min && Number(value) <= k.max;
    case "hosts":
      return value === "" || value.split(",").every((h) => isIP(h) > 0 || HOST.test(h));
    case "cidrs":
      return value === "" || value.split(",").every(isCidr);
    case "readonly":
      return false;
  }
}

/** "root.Network.UPnP" / "Network.UPnP" -> "Network.UPnP" */
export const stripRoot = (name: string) => (name.startsWith("root.") ? name.slice(5) : name === "root" ? "" : name);

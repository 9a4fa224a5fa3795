// WS-Discovery (UDP 3702, the ONVIF way to find cameras): a Probe whose Types include what we are (or no
// Types) gets a unicast ProbeMatch with our device service address. Same window as SSDP/mDNS (see discovery.ts).
import { randomUUID } from "node:crypto";
import { esc, field } from "./soap";

type Cam = {
  store: { state: { serial: string; model: string; hostname: string } };
  ports: { http: number };
  firmware: { active: { version: string } };
};
const WSD = "http://schemas.xmlsoap.org/ws/2005/04/discovery";
const WSA = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
const DN = "http://www.onvif.org/ver10/network/wsdl";
const TDS = "http://www.onvif.org/ver10/device/wsdl";

/** Stable per camera: the serial (12 hex digits) is the node part. */
const endpointUuid = (serial: string) => `urn:uuid:5f5a69c2-e0ae-504f-829b-${serial.toLowerCase().padStart(12, "0").slice(-12)}`;

function onvifScopes(cam: Cam): string[] {
  const s = cam.store.state;
  return [
    "onvif://www.onvif.org/Profile/Streaming",
    "onvif://www.onvif.org/type/video_encoder",
    "onvif://www.onvif.org/type/Network_Video_Transmitter",
    `onvif://www.onvif.org/hardware/${s.model}`,
    `onvif://www.onvif.org/name/Cyberwall%20${s.model}`,
    `onvif://www.onvif.org/location/`,
  ];
}

/** The ProbeMatch for a Probe we should answer, else null (not a Probe, or Types we are not). */
export function answerProbe(msg: Buffer, cam: Cam, address: string): string | null {
  const text = msg.toString("utf8");
  if (text.length > 65536 || !/<(?:[\w-]+:)?Probe[\s/>]/.test(text)) return null;
  const types = field(text, "Types");
  if (types) {
    const names = types.split(/\s+/).map((t) => t.split(":").pop()!.toLowerCase());
    if (!names.some((n) => n === "networkvideotransmitter" || n === "device")) return null;
  }
  const relatesTo = field(text, "MessageID") ?? "";
  const s = cam.store.state;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" ` +
    `xmlns:wsa="${WSA}" xmlns:d="${WSD}" xmlns:dn="${DN}" xmlns:tds="${TDS}"><SOAP-ENV:Header>` +
    `<wsa:MessageID>urn:uuid:${randomUUID()}</wsa:MessageID><wsa:RelatesTo>${esc(relatesTo)}</wsa:RelatesTo>` +
    `<wsa:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:To>` +
    `<wsa:Action>${WSD}/ProbeMatches</wsa:Action><d:AppSequence InstanceId="1" MessageNumber="1"/></SOAP-ENV:Header>` +
    `<SOAP-ENV:Body><d:ProbeMatches><d:ProbeMatch><wsa:EndpointReference><wsa:Address>${endpointUuid(s.serial)}</wsa:Address></wsa:EndpointReference>` +
    `<d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types><d:Scopes>${onvifScopes(cam).join(" ")}</d:Scopes>` +
    `<d:XAddrs>http://${address}:${cam.ports.http}/onvif/device_service</d:XAddrs><d:MetadataVersion>1</d:MetadataVersion>` +
    `</d:ProbeMatch></d:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>\n`
  );
}

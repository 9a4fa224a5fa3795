// Just enough SOAP 1.2 for the VAPIX event service and ONVIF: find the operation in the Body, read simple
// fields by local name, answer envelopes and faults (Sender faults are HTTP 400, per the SOAP 1.2 HTTP binding).
import type { ServerResponse } from "node:http";

const NS: Record<string, string> = {
  env: "http://www.w3.org/2003/05/soap-envelope",
  tds: "http://www.onvif.org/ver10/device/wsdl",
  trt: "http://www.onvif.org/ver10/media/wsdl",
  tt: "http://www.onvif.org/ver10/schema",
  ter: "http://www.onvif.org/ver10/error",
  aev: "http://www.axis.com/vapix/ws/event1",
  wstop: "http://docs.oasis-open.org/wsn/t-1",
  tns1: "http://www.onvif.org/ver10/topics",
  tnsaxis: "http://www.axis.com/2009/event/topics",
  wsse: "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
};
const xmlns = (prefixes: string[]) => prefixes.map((p) => ` xmlns:${p}="${NS[p]}"`).join("");

function envelope(body: string, prefixes: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<env:Envelope${xmlns(["env", ...prefixes])}><env:Body>${body}</env:Body></env:Envelope>\n`;
}

export function sendSoap(res: ServerResponse, status: number, body: string, prefixes: string[]): void {
  if (res.headersSent) return void res.end();
  const xml = envelope(body, prefixes);
  res.writeHead(status, { "Content-Type": "application/soap+xml; charset=utf-8", "Content-Length": Buffer.byteLength(xml) });
  res.end(xml);
}

/** A fault; `sub` is an ONVIF ter: subcode such as "ter:NotAuthorized". */
export function sendFault(res: ServerResponse, status: number, code: "Sender" | "Receiver", sub: string, reason: string): void {
  const subcode = sub ? `<env:Subcode><env:Value>${sub}</env:Value></env:Subcode>` : "";
  sendSoap(
    res,
    status,
    `<env:Fault><env:Code><env:Value>env:${code}</env:Value>${subcode}</env:Code><env:Reason><env:Text xml:lang="en">${esc(reason)}</env:Text></env:Reason></env:Fault>`,
    ["ter"],
  );
}

/** The local name of the first element inside the Body (the operation), or null. */
export function operation(xml: string): string | null {
  const m = /<(?:[\w.-]+:)?Body(?:\s[^>]*)?>\s*<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(xml);
  return m ? m[1] : null;
}

/** Text of the first element with this local name (entities decoded), or undefined. */
export function field(xml: string, local: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${local}>`).exec(xml);
  return m ? unesc(m[1].trim()) : undefined;
}
/** Every block of this local name (inner XML), for repeated elements such as tds:User. */
export function blocks(xml: string, local: string): string[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>`, "g");
  return [...xml.matchAll(re)].map((m) => m[1]);
}

export const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const unesc = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );

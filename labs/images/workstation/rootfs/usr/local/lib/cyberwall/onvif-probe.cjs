// onvif-probe: find ONVIF devices the way a VMS does (WS-Discovery Probe on UDP 3702, multicast and/or unicast
// to named hosts), then optionally ask each one GetSystemDateAndTime and, with credentials, GetDeviceInformation
// (WS-UsernameToken digest, corrected for the device's clock skew). Plain Node, no dependencies.
/* global require, process, console, Buffer, setTimeout */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS file run by the image's node, no bundler */
"use strict";
const dgram = require("node:dgram");
const http = require("node:http");
const { createHash, randomBytes, randomUUID } = require("node:crypto");

const USAGE = `usage: onvif-probe [--timeout MS] [--port N] [--user NAME --password PW] [HOST...]
  no HOST: multicast Probe to 239.255.255.250:3702; HOST: unicast Probe to HOST:3702.
  Prints each ProbeMatch (address, types, scopes, XAddrs), then the device clock and skew;
  with --user/--password also manufacturer, model, firmware and serial (GetDeviceInformation).
  Exit 0 = at least one device answered, 1 = none, 2 = usage.`;

function parseArgs(argv) {
  const o = { timeout: 2000, port: 3702, hosts: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--timeout") o.timeout = Number(argv[++i]);
    else if (a === "--port") o.port = Number(argv[++i]);
    else if (a === "--user") o.user = argv[++i];
    else if (a === "--password") o.password = argv[++i];
    else if (a === "-h" || a === "--help") return null;
    else if (a.startsWith("-")) return null;
    else o.hosts.push(a);
  }
  return Number.isFinite(o.timeout) && o.timeout > 0 && !o.user === !o.password ? o : null;
}

const text = (xml, local) => {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${local}>`).exec(xml);
  return m ? m[1].trim() : "";
};

function probe(hosts, port, timeout) {
  const id = `urn:uuid:${randomUUID()}`;
  const msg = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery" xmlns:dn="http://www.onvif.org/ver10/network/wsdl">` +
      `<s:Header><a:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action><a:MessageID>${id}</a:MessageID><a:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To></s:Header>` +
      `<s:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></s:Body></s:Envelope>`,
  );
  return new Promise((resolve) => {
    const found = new Map();
    const sock = dgram.createSocket("udp4");
    sock.on("error", () => undefined);
    sock.on("message", (m, rinfo) => {
      const xml = m.toString("utf8");
      if (text(xml, "RelatesTo") !== id) return; // not an answer to our probe
      found.set(text(xml, "Address") || rinfo.address, {
        from: rinfo.address,
        address: text(xml, "Address"),
        types: text(xml, "Types"),
        scopes: text(xml, "Scopes").split(/\s+/).filter(Boolean),
        xaddrs: text(xml, "XAddrs").split(/\s+/).filter(Boolean),
      });
    });
    sock.bind(0, () => {
      for (const h of hosts.length ? hosts : ["239.255.255.250"]) sock.send(msg, port, h);
      setTimeout(() => (sock.close(), resolve([...found.values()])), timeout);
    });
  });
}

function soap(url, op, header, timeout) {
  const body = `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">${header}<s:Body><${op} xmlns="http://www.onvif.org/ver10/device/wsdl"/></s:Body></s:Envelope>`;
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", timeout, headers: { "Content-Type": "application/soap+xml" } }, (res) => {
      let out = "";
      res.on("data", (d) => (out += d));
      res.on("end", () => resolve({ status: res.statusCode, xml: out }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

function usernameToken(user, password, skewMs) {
  const nonce = randomBytes(16);
  const created = new Date(Date.now() + skewMs).toISOString();
  const digest = createHash("sha1")
    .update(Buffer.concat([nonce, Buffer.from(created), Buffer.from(password)]))
    .digest("base64");
  return (
    `<s:Header><Security xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><UsernameToken><Username>${user}</Username>` +
    `<Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${digest}</Password>` +
    `<Nonce>${nonce.toString("base64")}</Nonce><Created>${created}</Created></UsernameToken></Security></s:Header>`
  );
}

async function describe(dev, o) {
  console.log(`${dev.from}  ${dev.address}\n  types:  ${dev.types}\n  xaddrs: ${dev.xaddrs.join(" ")}`);
  for (const s of dev.scopes) console.log(`  scope:  ${s}`);
  const url = dev.xaddrs.find((x) => x.startsWith("http://"));
  if (!url) return;
  try {
    const t = await soap(url, "GetSystemDateAndTime", "", o.timeout);
    const utc = /UTCDateTime>([\s\S]*?)<\/(?:[\w.-]+:)?UTCDateTime/.exec(t.xml)?.[1] ?? "";
    const n = (k) => Number(text(utc, k));
    const camera = Date.UTC(n("Year"), n("Month") - 1, n("Day"), n("Hour"), n("Minute"), n("Second"));
    const skew = Number.isFinite(camera) ? camera - Date.now() : 0;
    console.log(`  clock:  ${new Date(camera).toISOString()} (skew ${Math.round(skew / 1000)} s)`);
    if (!o.user) return;
    const info = await soap(url, "GetDeviceInformation", usernameToken(o.user, o.password, skew), o.timeout);
    if (info.status !== 200) return console.log(`  device: refused (${info.status}: ${text(info.xml, "Text") || "no reason"})`);
    for (const k of ["Manufacturer", "Model", "FirmwareVersion", "SerialNumber"]) console.log(`  ${k.toLowerCase()}: ${text(info.xml, k)}`);
  } catch (e) {
    console.log(`  device service: ${e.message}`);
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!o) return (console.error(USAGE), 2);
  const devices = await probe(o.hosts, o.port, o.timeout);
  if (!devices.length) return (console.log("no ONVIF device answered (discovery window over, WS-Discovery or ONVIF switched off?)"), 1);
  for (const d of devices) await describe(d, o);
  return 0;
}
main().then((code) => process.exit(code));

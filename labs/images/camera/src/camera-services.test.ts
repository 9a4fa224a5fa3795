import { execFile, execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import dgram from "node:dgram";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import tls from "node:tls";
import { promisify } from "node:util";
import { buildSync } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { verifyClip } from "../../shared/clip-format";
import { verifyChain } from "../../shared/pki";
import { KEYS_DIR } from "../../firmware/generate-firmware-samples";
import type { Camera } from "./camera";
import { runControl } from "./control";
import { admin, call, createAdmin, json, startCamera, testDirs } from "./test-camera";

const run = promisify(execFile);
let cam: Camera;
afterEach(async () => cam?.stop());
const rootPem = fs.readFileSync(path.join(KEYS_DIR, "vendor-root.pem"), "utf8");
const tlsSubject = (port: number) =>
  new Promise<string>((resolve, reject) => {
    const sock = tls.connect({ port, host: "127.0.0.1", rejectUnauthorized: false }, () => {
      resolve(new X509Certificate(sock.getPeerX509Certificate()!.raw).subject.replace(/\n/g, ", "));
      sock.end();
    });
    sock.on("error", reject);
  });
const rpc = (target: string, method: string, params: Record<string, unknown> = {}) =>
  call(cam, target, { auth: admin, body: json(method, params) });

describe("device identity and certificates.cgi", () => {
  it("has a P-256 device ID with the serial in the CN, chained to the vendor intermediate and root, also served on HTTPS", async () => {
    cam = await startCamera({ serial: "ACCC8E0A0B0C" });
    await createAdmin(cam);
    const id = (await rpc("/axis-cgi/certificates.cgi", "getDeviceId")).json().data;
    expect(id).toMatchObject({ keyType: "EC P-256", chainsToVendorRoot: true });
    const cert = new X509Certificate(id.certificate);
    expect(cert.subject).toContain("CN=ACCC8E0A0B0C");
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(verifyChain(id.chain, rootPem).ok).toBe(true);
    expect(await tlsSubject(cam.ports.https)).toContain("CN=ACCC8E0A0B0C");
  });

  it("creates a CSR, installs a CA and the CA-signed certificate, and switches HTTPS to it", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const dirs = testDirs();
    const caKey = path.join(dirs.base, "ca.key");
    const caPem = path.join(dirs.base, "ca.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        caKey,
        "-out",
        caPem,
        "-subj",
        "/CN=Site CA",
        "-days",
        "30",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
      ],
      { stdio: "pipe" },
    );
    const csr = (
      await rpc("/axis-cgi/certificates.cgi", "createCSR", { id: "site", subject: "/O=Example Site/CN=camera.site.example" })
    ).json().data.csr;
    expect(csr).toContain("BEGIN CERTIFICATE REQUEST");
    fs.writeFileSync(path.join(dirs.base, "req.csr"), csr);
    execFileSync(
      "openssl",
      [
        "x509",
        "-req",
        "-in",
        path.join(dirs.base, "req.csr"),
        "-CA",
        caPem,
        "-CAkey",
        caKey,
        "-CAcreateserial",
        "-days",
        "30",
        "-out",
        path.join(dirs.base, "site.pem"),
      ],
      { stdio: "pipe" },
    );
    const ca = await rpc("/axis-cgi/certificates.cgi", "installCACertificate", {
      id: "siteca",
      certificate: fs.readFileSync(caPem, "utf8"),
    });
    expect(ca.json().data.subject).toBe("CN=Site CA");
    const installed = (
      await rpc("/axis-cgi/certificates.cgi", "installCertificate", {
        id: "site",
        certificate: fs.readFileSync(path.join(dirs.base, "site.pem"), "utf8"),
      })
    ).json().data;
    expect(installed).toMatchObject({ subject: "O=Example Site, CN=camera.site.example", issuerTrusted: true });
    expect((await rpc("/axis-cgi/certificates.cgi", "setHttpsCertificate", { id: "site" })).json().data.httpsCertificate).toBe("site");
    expect(await tlsSubject(cam.ports.https)).toContain("CN=camera.site.example");
    const listed = (await rpc("/axis-cgi/certificates.cgi", "listCertificates")).json().data;
    expect(listed.certificates.map((c: { id: string }) => c.id)).toEqual(["deviceid", "site"]);
    expect((await rpc("/axis-cgi/certificates.cgi", "removeCertificate", { id: "site" })).status).toBe(409);
  });

  it("rejects bad certificate requests", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const r = (method: string, params: Record<string, unknown>) =>
      rpc("/axis-cgi/certificates.cgi", method, params).then((x) => [x.status, x.json().error?.message]);
    expect(await r("installCertificate", { id: "nope", certificate: "x" })).toEqual([404, "no CSR with id nope; call createCSR first."]);
    expect(await r("installCACertificate", { id: "x", certificate: "garbage" })).toEqual([
      400,
      "certificate is not a PEM X.509 certificate.",
    ]);
    expect(await r("installCACertificate", { id: "x", certificate: cam.deviceId.certPem })).toEqual([
      400,
      "certificate is not a CA certificate (basicConstraints CA:TRUE missing).",
    ]);
    expect(await r("createCSR", { id: "a b", subject: "/CN=x" })).toEqual([
      400,
      "id must be 1-32 characters a-z, A-Z, 0-9, _ or - (not deviceid).",
    ]);
    expect(await r("createCSR", { id: "ok", subject: "CN=x; rm -rf /" })).toEqual([400, 'subject must look like "/O=Example/CN=camera1".']);
    await rpc("/axis-cgi/certificates.cgi", "createCSR", { id: "k1", subject: "/CN=one" });
    expect(await r("installCertificate", { id: "k1", certificate: cam.deviceId.certPem })).toEqual([
      400,
      "certificate does not match the key of CSR k1.",
    ]);
    expect(await r("setHttpsCertificate", { id: "k1" })).toEqual([404, "no installed certificate with id k1."]);
    expect(await r("launch", {})).toEqual([400, 'Unknown method "launch".']);
  });
});

describe("remote syslog, NTP, SBOM", () => {
  it("configures remote syslog and sends security events to it over UDP", async () => {
    const server = dgram.createSocket("udp4");
    await new Promise<void>((r) => server.bind(0, "127.0.0.1", () => r()));
    const received: string[] = [];
    server.on("message", (m) => received.push(m.toString()));
    cam = await startCamera();
    await createAdmin(cam);
    const r = await rpc("/axis-cgi/remotesyslog.cgi", "configure", {
      servers: [{ host: "127.0.0.1", port: server.address().port, protocol: "udp", severity: "info" }],
    });
    expect(r.status).toBe(200);
    expect((await rpc("/axis-cgi/remotesyslog.cgi", "getConfiguration")).json().data).toMatchObject({
      enabled: true,
      servers: [{ host: "127.0.0.1", protocol: "udp" }],
    });
    await call(cam, "/axis-cgi/param.cgi?action=list", { auth: { user: "root", pwd: "wrong-password" } });
    await new Promise((res) => setTimeout(res, 200));
    server.close();
    expect(received.some((m) => /^<\d+>1 .* camos - - - authentication failed from .*: wrong user name or password/.test(m))).toBe(true);
    expect((await rpc("/axis-cgi/remotesyslog.cgi", "configure", { servers: [{ host: "bad host!", port: 514 }] })).status).toBe(400);
  });

  it("configures NTP servers", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect(
      (
        await rpc("/axis-cgi/ntp.cgi", "setNTPClientConfiguration", {
          enabled: true,
          servers: ["ntp1.example.net", "192.0.2.123"],
          nts: true,
        })
      ).status,
    ).toBe(200);
    expect((await rpc("/axis-cgi/ntp.cgi", "getNTPInfo")).json().data).toMatchObject({
      enabled: true,
      obtainFromDHCP: false,
      servers: ["ntp1.example.net", "192.0.2.123"],
      nts: true,
    });
    expect((await call(cam, "/axis-cgi/param.cgi?action=list&group=Time.NTP.Servers", { auth: admin })).text.trim()).toBe(
      "root.Time.NTP.Servers=ntp1.example.net,192.0.2.123",
    );
    expect((await rpc("/axis-cgi/ntp.cgi", "setNTPClientConfiguration", { servers: ["not a host"] })).status).toBe(400);
  });

  it("sets the clock through time.cgi, which moves uptime past the discovery window", async () => {
    cam = await startCamera();
    expect((await call(cam, "/axis-cgi/time.cgi", { body: json("getDateTimeInfo") })).status).toBe(401);
    await createAdmin(cam);
    const later = new Date(Date.now() + 2 * 3600_000).toISOString();
    expect((await rpc("/axis-cgi/time.cgi", "setDateTime", { dateTime: later })).status).toBe(200);
    const info = (await rpc("/axis-cgi/time.cgi", "getDateTimeInfo")).json().data;
    expect(info.uptimeSeconds).toBeGreaterThanOrEqual(7199);
    expect(Number((await call(cam, "/axis-cgi/systemready.cgi")).json().data.uptime)).toBeGreaterThanOrEqual(7199);
    expect((await rpc("/axis-cgi/time.cgi", "setDateTime", { dateTime: "tomorrow" })).status).toBe(400);
  });

  it("publishes an SPDX 2.3 SBOM of the installed firmware", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const sbom = (await call(cam, "/axis-cgi/sbom.cgi", { auth: admin })).json();
    expect(sbom).toMatchObject({ spdxVersion: "SPDX-2.3", dataLicense: "CC0-1.0", SPDXID: "SPDXRef-DOCUMENT" });
    const names = Object.fromEntries(sbom.packages.map((p: { name: string; versionInfo: string }) => [p.name, p.versionInfo]));
    expect(names).toMatchObject({ "CamOS-CW-P3265": "11.11.73", openssl: "3.0.11", openssh: "9.3p2" });
    expect(sbom.relationships[0]).toMatchObject({ relationshipType: "DESCRIBES" });
  });
});

describe("signed video", () => {
  it("records signed clips that verify against the vendor root, exports them, and records unsigned ones when disabled", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const rec = (await call(cam, "/axis-cgi/signedvideo.cgi?action=record&frames=25", { auth: admin })).json().data;
    expect(rec).toMatchObject({ frames: 25, signed: true });
    const clip = await call(cam, `/axis-cgi/signedvideo.cgi?action=export&clip=${rec.clipId}`, { auth: admin });
    expect(clip.headers["content-type"]).toBe("application/x-ndjson");
    expect(verifyClip(clip.text, rootPem)).toMatchObject({ verdict: "VALID", frames: 25, gops: 3, chainsToVendorRoot: true });
    await call(cam, "/axis-cgi/param.cgi?action=update&SignedVideo.Enabled=no", { auth: admin });
    const plain = (await call(cam, "/axis-cgi/signedvideo.cgi?action=record&frames=5", { auth: admin })).json().data;
    const text = (await call(cam, `/axis-cgi/signedvideo.cgi?action=export&clip=${plain.clipId}`, { auth: admin })).text;
    expect(verifyClip(text, rootPem).verdict).toBe("NOT SIGNED");
    expect((await call(cam, "/axis-cgi/signedvideo.cgi?action=list", { auth: admin })).json().data.clips).toHaveLength(2);
    expect((await call(cam, "/axis-cgi/signedvideo.cgi?action=export&clip=../state", { auth: admin })).status).toBe(404);
    expect((await call(cam, "/axis-cgi/signedvideo.cgi?action=record&frames=100000", { auth: admin })).status).toBe(400);
  });
});

describe("discovery and the lab control channel", () => {
  it("answers SSDP and mDNS during the first hour only, unless kept on; camctl moves the clock", async () => {
    cam = await startCamera({ ssdpPort: -1, mdnsPort: -1 });
    const client = dgram.createSocket("udp4");
    await new Promise<void>((r) => client.bind(0, "127.0.0.1", () => r()));
    const ask = (port: number, msg: Buffer) =>
      new Promise<Buffer | null>((resolve) => {
        const t = setTimeout(() => (client.off("message", on), resolve(null)), 300);
        const on = (m: Buffer) => (clearTimeout(t), client.off("message", on), resolve(m));
        client.on("message", on);
        client.send(msg, port, "127.0.0.1");
      });
    const msearch = Buffer.from(
      'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: upnp:rootdevice\r\n\r\n',
    );
    const q = Buffer.concat([
      Buffer.from([0x12, 0x34, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
      ...["_services", "_dns-sd", "_udp", "local"].map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)])),
      Buffer.from([0, 0, 12, 0, 1]),
    ]);
    expect((await ask(cam.ports.ssdp, msearch))?.toString()).toMatch(/^HTTP\/1.1 200 OK[\s\S]*USN: uuid:cw-/);
    const mdns = await ask(cam.ports.mdns, q);
    expect(mdns?.readUInt16BE(0)).toBe(0x1234);
    expect(mdns?.toString("latin1")).toContain("_axis-video");
    expect(runControl(cam, "clock", ["+2h"]).message).toMatch(/^camera clock now/);
    expect(await ask(cam.ports.ssdp, msearch)).toBeNull();
    expect(await ask(cam.ports.mdns, q)).toBeNull();
    expect(runControl(cam, "set", ["Network.Discovery.KeepOn", "yes"]).ok).toBe(true);
    expect(await ask(cam.ports.ssdp, msearch)).not.toBeNull();
    expect(runControl(cam, "set", ["Network.UPnP.Enabled", "no"]).ok).toBe(true);
    expect(await ask(cam.ports.ssdp, msearch)).toBeNull();
    await ask(cam.ports.mdns, Buffer.from([1, 2, 3])); // garbage is ignored
    client.close();
    expect((await call(cam, "/axis-cgi/systemready.cgi")).json().data.uptime).toMatch(/^72\d\d$/);
  });

  it("camctl talks to the running camera over its Unix socket", async () => {
    cam = await startCamera();
    const bundle = path.join(testDirs().base, "camctl.js");
    buildSync({ entryPoints: [path.join(__dirname, "camctl.ts")], outfile: bundle, bundle: true, platform: "node", logLevel: "error" });
    const camctl = (...args: string[]) =>
      run(process.execPath, [bundle, ...args], { env: { ...process.env, CAMOS_CONTROL_SOCKET: cam.config.controlSocket } }).then(
        (r) => r.stdout.trim(),
        (e) => `exit ${e.code}: ${e.stdout}`,
      );
    expect(await camctl("status")).toMatch(/^CW-P3265 \S+ CamOS 11.11.73 up \d+s, needs setup/);
    expect(await camctl("add-user", "root", "weak", "admin")).toBe("account root (admin) created");
    expect(
      (await call(cam, "/axis-cgi/param.cgi?action=list&group=Brand.Brand", { auth: { user: "root", pwd: "weak" } })).text.trim(),
    ).toBe("root.Brand.Brand=Cyberwall");
    expect(await camctl("get", "Network.SSH.Enabled")).toBe("Network.SSH.Enabled=no");
    expect(await camctl("clock", "soon")).toMatch(/^exit 1: usage/);
    expect(await camctl("factory-reset", "hard")).toBe("factory default (hard) done");
    expect(await camctl("frobnicate")).toMatch(/^exit 1: unknown command/);
    expect(JSON.parse(await camctl("status", "--json"))).toMatchObject({ needsSetup: true, model: "CW-P3265" });
  }, 60_000);

  it("opens an SSH/FTP banner port only while the service is enabled", async () => {
    cam = await startCamera({ sshPort: -1, ftpPort: -1 });
    await createAdmin(cam);
    expect(cam.legacy.ports.ssh).toBeUndefined();
    await call(cam, "/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=yes&Network.FTP.Enabled=yes", { auth: admin });
    await new Promise((r) => setTimeout(r, 50));
    const banner = (port: number) =>
      new Promise<string>((resolve) => {
        let text = "";
        const sock = net.connect(port, "127.0.0.1");
        sock.on("data", (d) => (text += d));
        sock.on("close", () => resolve(text));
        sock.on("error", () => resolve(text));
      });
    expect(await banner(cam.legacy.ports.ssh)).toBe("SSH-2.0-OpenSSH_9.3p2\r\n");
    expect(await banner(cam.legacy.ports.ftp)).toMatch(/^220 CamOS 11.11.73 FTP/);
    await call(cam, "/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=no", { auth: admin });
    expect(cam.legacy.ports.ssh).toBeUndefined();
  });

  it("answers unknown paths and methods with documented errors", async () => {
    cam = await startCamera();
    expect((await call(cam, "/nope")).text.trim()).toBe("Error: not found.");
    const r = await call(cam, "/axis-cgi/sbom.cgi", { method: "DELETE" });
    expect([r.status, r.headers.allow]).toEqual([405, "GET"]);
    expect((await call(cam, "/rootdesc.xml")).text).toContain("<modelName>CW-P3265</modelName>");
  });
});

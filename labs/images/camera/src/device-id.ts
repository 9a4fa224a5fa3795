// Factory provisioning of the device identity (IEEE 802.1AR style): an ECDSA P-256 key made at first boot
// and a certificate issued by the vendor intermediate, CN = serial. Survives factory default, like a real IDevID.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type DeviceId = { keyPem: string; certPem: string; chain: string[] };

export function ensureDeviceId(stateDir: string, factoryDir: string, dev: { serial: string; hostname: string }): DeviceId {
  const dir = path.join(stateDir, "deviceid");
  const keyFile = path.join(dir, "key.pem");
  const certFile = path.join(dir, "cert.pem");
  const intermediatePem = fs.readFileSync(path.join(factoryDir, "vendor-intermediate.pem"), "utf8");
  if (!fs.existsSync(certFile)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    fs.writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    const host = /^[a-zA-Z0-9.-]{1,253}$/.test(dev.hostname) ? dev.hostname : "camera";
    // Node cannot create certificates; openssl (in the image) plays the factory's signing station.
    execFileSync(
      "openssl",
      [
        "req",
        "-new",
        "-x509",
        "-key",
        keyFile,
        "-sha256",
        "-days",
        "7300",
        "-subj",
        `/O=Cyberwall Devices/serialNumber=${dev.serial}/CN=${dev.serial}`,
        "-CA",
        path.join(factoryDir, "vendor-intermediate.pem"),
        "-CAkey",
        path.join(factoryDir, "vendor-intermediate.key.pem"),
        "-addext",
        `subjectAltName=DNS:${host},DNS:${dev.serial.toLowerCase()}.local`,
        "-addext",
        "keyUsage=critical,digitalSignature",
        "-addext",
        "extendedKeyUsage=serverAuth,clientAuth",
        "-addext",
        "basicConstraints=critical,CA:FALSE",
        "-out",
        certFile,
      ],
      { stdio: "pipe" },
    );
  }
  return {
    keyPem: fs.readFileSync(keyFile, "utf8"),
    certPem: fs.readFileSync(certFile, "utf8"),
    chain: [fs.readFileSync(certFile, "utf8"), intermediatePem],
  };
}

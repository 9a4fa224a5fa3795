// The workstation CLIs as a learner runs them: bundled exactly like the image does, run with node.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { recordClip } from "../../shared/clip-format";
import { generateFirmwareSamples, KEYS_DIR, signer } from "../../firmware/generate-firmware-samples";

let dir: string;
const root = path.join(KEYS_DIR, "vendor-root.pem");
const cli = (name: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [path.join(dir, `${name}.js`), ...args], {
    encoding: "utf8",
    env: { ...process.env, CYBERWALL_VENDOR_ROOT: root, CYBERWALL_ADVISORIES: path.join(__dirname, "../advisories") },
  });
  return { code: r.status, out: r.stdout + r.stderr };
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ws-cli-"));
  for (const name of ["sv-verify", "fw-inspect", "advisory"])
    buildSync({
      entryPoints: [path.join(__dirname, `${name}.ts`)],
      outfile: path.join(dir, `${name}.js`),
      bundle: true,
      platform: "node",
      target: "node18",
      logLevel: "error",
    });
  generateFirmwareSamples(path.join(dir, "fw"));
});

describe("fw-inspect", () => {
  it("shows version, model and signer, and tells genuine from tampered, unsigned and corrupt", () => {
    const good = cli("fw-inspect", path.join(dir, "fw/CW-P3265-11.11.94.cwfw"));
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/product: +CamOS 11.11.94 \(LTS, end of support 2029-12-31\)/);
    expect(good.out).toMatch(/model: +CW-P3265/);
    expect(good.out).toMatch(/signer: +O=Cyberwall Devices \(TEST\), CN=Cyberwall Test Firmware Signing/);
    expect(good.out).toMatch(/signature: VALID \(signed by the vendor\)/);
    expect(cli("fw-inspect", path.join(dir, "fw/CW-P3265-11.11.94-tampered.cwfw"))).toMatchObject({
      code: 1,
      out: expect.stringMatching(/signature: INVALID SIGNATURE/),
    });
    expect(cli("fw-inspect", path.join(dir, "fw/CW-P3265-11.11.94-unsigned.cwfw")).out).toMatch(/signature: NOT SIGNED/);
    expect(cli("fw-inspect", path.join(dir, "fw/CW-P3265-11.11.94-corrupt.cwfw")).out).toMatch(/signature: CORRUPT - truncated/);
    expect(JSON.parse(cli("fw-inspect", "--json", path.join(dir, "fw/CW-Q1805-12.0.1.cwfw")).out)).toMatchObject({
      status: "ok",
      header: { model: "CW-Q1805", track: "active" },
    });
  });
});

describe("sv-verify", () => {
  it("reports VALID with the chain, INVALID with frame numbers, NOT SIGNED, with exit codes", () => {
    const file = path.join(dir, "clip.cwsv");
    // Signed with the firmware signer: verifies, chains to the root (the camera uses its device key).
    fs.writeFileSync(file, recordClip({ clipId: "clip-aaaaaaaaaaaa", serial: "S", model: "CW-P3265", frames: 20, signer: signer() }));
    expect(cli("sv-verify", file)).toMatchObject({ code: 0, out: expect.stringContaining("key chains to vendor root: yes") });
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const i = lines.findIndex((l) => l.includes('"n":7,'));
    lines[i] = lines[i].replace(/"data":"./, '"data":"#');
    fs.writeFileSync(file, lines.join("\n"));
    const bad = cli("sv-verify", file);
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/: INVALID\n[\s\S]*invalid frames: 7\n/);
    fs.writeFileSync(file, recordClip({ clipId: "clip-bbbbbbbbbbbb", serial: "S", model: "CW-P3265", frames: 5 }));
    expect(cli("sv-verify", file)).toMatchObject({ code: 3, out: expect.stringContaining(": NOT SIGNED") });
    expect(cli("sv-verify").code).toBe(4);
  });
});

describe("advisory", () => {
  it("lists advisories and matches an SBOM's package versions against them", () => {
    expect(cli("advisory", "list").out).toMatch(/CWSA-2025-0007 +HIGH +openssh/);
    expect(cli("advisory", "show", "CVE-2024-6387").out).toMatch(/regreSSHion/);
    const sbom = path.join(dir, "sbom.json");
    fs.writeFileSync(
      sbom,
      JSON.stringify({
        packages: [
          { name: "openssh", versionInfo: "9.3p2" },
          { name: "curl", versionInfo: "8.4.0" },
          { name: "openssl", versionInfo: "3.0.11" },
          { name: "zlib", versionInfo: "1.2.13" },
        ],
      }),
    );
    const r = cli("advisory", "check", sbom);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/AFFECTED +CWSA-2025-0007 +openssh 9.3p2 \(fixed in 9.8p1\)/);
    expect(r.out).toMatch(/AFFECTED +CWSA-2025-0011 +openssl 3.0.11/);
    expect(r.out).not.toMatch(/CWSA-2025-0012|CWSA-2025-0019/); // curl 8.4.0 and zlib 1.2.13 are fixed versions
    fs.writeFileSync(
      sbom,
      JSON.stringify({
        packages: [
          { name: "openssh", versionInfo: "9.8p1" },
          { name: "openssl", versionInfo: "3.0.15" },
        ],
      }),
    );
    expect(cli("advisory", "check", sbom)).toMatchObject({ code: 0, out: expect.stringContaining("no known advisory affects this SBOM") });
  });
});

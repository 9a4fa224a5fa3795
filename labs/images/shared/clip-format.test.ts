import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { KEYS_DIR } from "../firmware/generate-firmware-samples";
import { formatFrameList, recordClip, verifyClip } from "./clip-format";

const read = (f: string) => fs.readFileSync(path.join(KEYS_DIR, f), "utf8");
const rootPem = read("vendor-root.pem");
let device: { keyPem: string; chain: string[] };

beforeAll(() => {
  // A device certificate issued by the vendor intermediate, as the camera does at first boot.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clip-"));
  const key = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
  fs.writeFileSync(path.join(dir, "k.pem"), key);
  execFileSync(
    "openssl",
    [
      "req",
      "-new",
      "-x509",
      "-key",
      path.join(dir, "k.pem"),
      "-subj",
      "/CN=TESTSERIAL",
      "-CA",
      path.join(KEYS_DIR, "vendor-intermediate.pem"),
      "-CAkey",
      path.join(KEYS_DIR, "vendor-intermediate.key.pem"),
      "-days",
      "30",
      "-out",
      path.join(dir, "c.pem"),
    ],
    { stdio: "pipe" },
  );
  device = { keyPem: key, chain: [fs.readFileSync(path.join(dir, "c.pem"), "utf8"), read("vendor-intermediate.pem")] };
});

const clip = (frames = 30) =>
  recordClip({ clipId: "clip-000000000001", serial: "TESTSERIAL", model: "CW-P3265", frames, signer: device }).trimEnd().split("\n");
const frameLine = (lines: string[], n: number) => lines.findIndex((l) => l.includes('"type":"frame"') && JSON.parse(l).n === n);
const verify = (lines: string[]) => verifyClip(lines.join("\n"), rootPem);

describe("signed video clips", () => {
  it("an untouched clip is VALID and its key chains to the vendor root", () => {
    expect(verify(clip())).toMatchObject({
      verdict: "VALID",
      frames: 30,
      gops: 3,
      invalidFrames: [],
      missingFrames: [],
      chainsToVendorRoot: true,
    });
  });

  it("a modified frame makes the clip INVALID and names the frame", () => {
    const lines = clip();
    const i = frameLine(lines, 14);
    lines[i] = JSON.stringify({ ...JSON.parse(lines[i]), data: "AAAA" });
    expect(verify(lines)).toMatchObject({ verdict: "INVALID", invalidFrames: [14] });
  });

  it("deleted frames give VALID WITH MISSING FRAMES", () => {
    const lines = clip();
    lines.splice(frameLine(lines, 21), 1);
    lines.splice(frameLine(lines, 22), 1);
    expect(verify(lines)).toMatchObject({ verdict: "VALID WITH MISSING FRAMES", missingFrames: [21, 22] });
  });

  it("a removed GOP is detected through the chain as missing frames", () => {
    const lines = clip().filter((l) => !(l.includes('"gop":1') && (l.includes('"type":"frame"') || l.includes('"type":"gop"'))));
    const r = verify(lines);
    expect(r.verdict).toBe("VALID WITH MISSING FRAMES");
    expect(formatFrameList(r.missingFrames)).toBe("10-19");
  });

  it("an edited GOP record (its own signature and the next GOP's chain link) or a forged signature make the clip INVALID", () => {
    const lines = clip();
    const gops = lines.filter((l) => l.includes('"type":"gop"')).map((l) => JSON.parse(l));
    const swapped = lines.map((l) =>
      l.includes('"type":"gop"') && JSON.parse(l).gop === 1 ? JSON.stringify({ ...gops[1], prev: gops[2].prev }) : l,
    );
    expect(verify(swapped)).toMatchObject({ verdict: "INVALID", invalidFrames: Array.from({ length: 20 }, (_, k) => 10 + k) });
    const forged = lines.map((l) =>
      l.includes('"type":"gop"') && JSON.parse(l).gop === 2 ? JSON.stringify({ ...gops[2], sig: gops[0].sig }) : l,
    );
    expect(verify(forged).invalidFrames).toEqual(Array.from({ length: 10 }, (_, k) => 20 + k));
  });

  it("an inserted frame is INVALID", () => {
    const lines = clip();
    lines.push(JSON.stringify({ type: "frame", n: 99, gop: 9, t: 9900, key: false, data: "x" }));
    expect(verify(lines)).toMatchObject({ verdict: "INVALID", invalidFrames: [99] });
  });

  it("NOT SIGNED without signatures; a self-made key verifies but does not chain to the vendor root", () => {
    expect(verifyClip(recordClip({ clipId: "c", serial: "s", model: "m", frames: 5 }), rootPem).verdict).toBe("NOT SIGNED");
    const rogue = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
    // Signed with a key that is not the certificate's: every GOP fails.
    expect(
      verifyClip(recordClip({ clipId: "c", serial: "s", model: "m", frames: 5, signer: { keyPem: rogue, chain: device.chain } }), rootPem)
        .verdict,
    ).toBe("INVALID");
    expect(
      verifyClip(
        recordClip({
          clipId: "c",
          serial: "s",
          model: "m",
          frames: 5,
          signer: { keyPem: read("firmware-signing.key.pem"), chain: [read("firmware-signing.pem")] },
        }),
        rootPem,
      ),
    ).toMatchObject({ verdict: "VALID", chainsToVendorRoot: false });
    expect(verifyClip("garbage\n{}", rootPem).verdict).toBe("INVALID");
  });
});

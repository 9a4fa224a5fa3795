// onvif-probe (the workstation's ONVIF discovery tool, issue 21 item 5) against a real CamOS on loopback.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import type { Camera } from "../../camera/src/camera";
import { runControl } from "../../camera/src/control";
import { admin, createAdmin, startCamera } from "../../camera/src/test-camera";

const PROBE = path.join(__dirname, "../rootfs/usr/local/lib/cyberwall/onvif-probe.cjs");
let cam: Camera;
afterEach(async () => cam?.stop());
const probe = (...args: string[]) =>
  promisify(execFile)(process.execPath, [PROBE, "--timeout", "500", "--port", String(cam.ports.wsd), ...args]).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

it("finds the camera by WS-Discovery, reads its clock (skew) and, with credentials, its identity", async () => {
  cam = await startCamera({ wsdPort: -1, serial: "ACCC8E0A0B0C" });
  await createAdmin(cam);
  runControl(cam, "clock", ["+10m"]);
  const r = await probe("--user", admin.user, "--password", admin.pwd, "127.0.0.1");
  expect(r.code).toBe(0);
  expect(r.out).toContain("urn:uuid:5f5a69c2-e0ae-504f-829b-accc8e0a0b0c");
  expect(r.out).toContain(`xaddrs: http://`);
  expect(r.out).toMatch(/skew (59\d|60\d) s/);
  expect(r.out).toMatch(/model: CW-P3265[\s\S]*serialnumber: ACCC8E0A0B0C/);
  const wrong = await probe("--user", "root", "--password", "nope", "127.0.0.1");
  expect(wrong.out).toContain("device: refused (400");
  runControl(cam, "clock", ["+2h"]);
  expect(await probe("127.0.0.1")).toMatchObject({ code: 1, out: expect.stringContaining("no ONVIF device answered") });
  expect((await probe("--user", "x")).code).toBe(2);
});

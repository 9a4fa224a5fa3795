import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateFirmwareSamples } from "../../firmware/generate-firmware-samples";
import type { Camera } from "./camera";
import { runControl } from "./control";
import { SecureBootError } from "./firmware";
import { serveRecovery } from "./recovery";
import { configFromEnv } from "./config";
import type { AddressInfo } from "node:net";
import { admin, call, createAdmin, json, startCamera, testDirs } from "./test-camera";

let cam: Camera;
let samples: string;
beforeAll(() => {
  samples = fs.mkdtempSync(path.join(os.tmpdir(), "camos-fw-"));
  generateFirmwareSamples(samples);
});
afterEach(async () => cam?.stop());

const FW = "/axis-cgi/firmwaremanagement.cgi";
const BOUNDARY = "----camostest";
function multipart(file: Buffer | null, params?: Record<string, unknown>, truncate = false): Buffer {
  const parts: Buffer[] = [];
  parts.push(
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="json"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ apiVersion: "1.4", method: "upgrade", params: params ?? {} })}\r\n`,
    ),
  );
  if (file)
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="fw.cwfw"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file,
      Buffer.from("\r\n"),
    );
  const body = Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);
  return truncate ? body.subarray(0, body.length - 40) : body;
}
const upgrade = (name: string | Buffer, params?: Record<string, unknown>) =>
  call(cam, FW, {
    auth: admin,
    body: multipart(Buffer.isBuffer(name) ? name : fs.readFileSync(path.join(samples, name)), params),
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
  });
const status = async () => (await call(cam, FW, { auth: admin, body: json("status") })).json().data;

describe("firmwaremanagement.cgi", () => {
  it("reports status and installs a genuine signed upgrade that must be committed", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect(await status()).toMatchObject({
      activeFirmwareVersion: "11.11.73",
      isCommited: true,
      inactiveFirmwareVersion: null,
      track: "LTS",
    });
    const bootId = cam.bootId;
    const r = await upgrade("CW-P3265-11.11.94.cwfw");
    expect([r.status, r.json().data.firmwareVersion]).toEqual([200, "11.11.94"]);
    expect(cam.bootId).not.toBe(bootId);
    expect(await status()).toMatchObject({ activeFirmwareVersion: "11.11.94", inactiveFirmwareVersion: "11.11.73", isCommited: false });
    expect((await call(cam, "/axis-cgi/param.cgi?action=list&group=Properties.Firmware.Version", { auth: admin })).text.trim()).toBe(
      "root.Properties.Firmware.Version=11.11.94",
    );
    expect((await call(cam, FW, { auth: admin, body: json("commit") })).status).toBe(200);
    expect((await status()).isCommited).toBe(true);
    expect((await call(cam, FW, { auth: admin, body: json("commit") })).json().error.message).toBe("Nothing to commit.");
    const back = await call(cam, FW, { auth: admin, body: json("rollback") });
    expect(back.json().data.firmwareVersion).toBe("11.11.73");
  });

  it("rolls back automatically when an upgrade is not committed in time (camera clock moved)", async () => {
    cam = await startCamera({ rollbackMs: 60_000 });
    await createAdmin(cam);
    await upgrade("CW-P3265-11.11.94.cwfw");
    expect(runControl(cam, "clock", ["+2m"]).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 1300));
    expect(await status()).toMatchObject({ activeFirmwareVersion: "11.11.73", isCommited: true });
  });

  it.each([
    ["CW-P3265-11.11.94-tampered.cwfw", 422, /signature verification failed/],
    ["CW-P3265-11.11.94-unsigned.cwfw", 422, /not signed/],
    ["CW-P3265-11.11.94-corrupt.cwfw", 415, /Corrupt firmware image/],
    ["CW-Q1805-12.0.1.cwfw", 421, /is for CW-Q1805/],
    ["CW-P3265-11.11.80.cwfw", 410, /revoked/],
    ["CW-P3265-11.5.64.cwfw", 409, /requires factoryDefaultMode=hard/],
  ])("rejects %s with %i", async (file, code, message) => {
    cam = await startCamera();
    await createAdmin(cam);
    const r = await upgrade(file);
    expect(r.status).toBe(code);
    expect(r.json()).toMatchObject({ apiVersion: "1.4", method: "upgrade", error: { code } });
    expect(r.json().error.message).toMatch(message);
    expect((await status()).activeFirmwareVersion).toBe("11.11.73");
  });

  it("allows a downgrade with a hard factory default", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect((await upgrade("CW-P3265-11.5.64.cwfw", { factoryDefaultMode: "hard" })).status).toBe(200);
    expect((await call(cam, "/axis-cgi/systemready.cgi")).json().data.needsetup).toBe("yes");
    await createAdmin(cam);
    expect((await status()).activeFirmwareVersion).toBe("11.5.64");
  });

  it("answers bad requests with documented errors: truncated multipart, no file, unknown method, non-admin", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const headers = { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` };
    const truncated = await call(cam, FW, { auth: admin, body: multipart(Buffer.alloc(5000, 1), {}, true), headers });
    expect([truncated.status, truncated.json().error.message]).toEqual([400, "Truncated or malformed multipart request."]);
    const noFile = await call(cam, FW, { auth: admin, body: multipart(null), headers });
    expect([noFile.status, noFile.json().error.message]).toEqual([400, "No firmware file in the request."]);
    expect((await call(cam, FW, { auth: admin, body: "{not json" })).json().error.message).toBe("Malformed JSON request.");
    expect((await call(cam, FW, { auth: admin, body: json("selfDestruct") })).status).toBe(400);
    expect((await call(cam, FW, { auth: admin, body: json("rollback") })).json().error.message).toBe(
      "No previous firmware to roll back to.",
    );
    expect((await call(cam, FW, { auth: admin, body: json("factoryDefault", { factoryDefaultMode: "medium" }) })).status).toBe(400);
    await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=op&pwd=Operator-Pass-99&sgrp=operator:viewer", { auth: admin });
    expect((await call(cam, FW, { auth: { user: "op", pwd: "Operator-Pass-99" }, body: json("status") })).status).toBe(403);
  });

  // Headers only, with Basic auth and a 70 MB Content-Length: what the camera answers before any body.
  const declareHugeUpload = () =>
    new Promise<string>((resolve) => {
      const sock = net.connect(cam.ports.http, "127.0.0.1");
      let text = "";
      sock.on("data", (d) => (text += d.toString()));
      sock.on("close", () => resolve(text));
      sock.on("error", () => resolve(text));
      sock.write(
        `POST ${FW} HTTP/1.1\r\nHost: camera\r\nAuthorization: Basic ${Buffer.from(`${admin.user}:${admin.pwd}`).toString("base64")}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${70 * 1024 * 1024}\r\n\r\n`,
      );
    });

  it("answers 413 for uploads above the limit, declared or streamed", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    // Declared: 70 MB Content-Length is refused before the body is read.
    const challenge = await call(cam, FW, { method: "POST" });
    expect(challenge.status).toBe(401);
    const answer = await declareHugeUpload();
    expect(answer).toMatch(/^HTTP\/1.1 401/); // Basic is not allowed on HTTP: auth comes first
    await call(cam, "/axis-cgi/param.cgi?action=update&Network.HTTP.AuthenticationPolicy=basic_digest", { auth: admin });
    const declared = await declareHugeUpload();
    expect(declared).toMatch(/^HTTP\/1.1 413/);
    expect(declared).toContain(`Upload larger than ${64 * 1024 * 1024} bytes.`);
    // Streamed: a file part larger than the limit (limit lowered for the test).
    await cam.stop();
    cam = await startCamera({ maxUploadBytes: 4096 });
    await createAdmin(cam);
    const r = await upgrade(Buffer.alloc(10_000, 7));
    expect([r.status, r.json().error.code]).toEqual([413, 413]);
  });
});

describe("secure boot", () => {
  it("refuses to boot a modified OS image and says why", async () => {
    const dirs = testDirs();
    cam = await startCamera({}, dirs);
    expect(runControl(cam, "tamper-os", []).ok).toBe(true);
    await cam.stop();
    const next = startCamera({}, dirs);
    await expect(next).rejects.toBeInstanceOf(SecureBootError);
    await expect(next).rejects.toThrow(/installed OS image rejected \(bad-signature\): signature does not match the image contents/);
  });

  it("robbed-truck scenario: a camera whose OS was modified before first boot refuses it; the recovery console says why", async () => {
    const dirs = testDirs();
    const started = startCamera({ scenario: { tamperOs: true } }, dirs);
    await expect(started).rejects.toThrow(/installed OS image rejected \(bad-signature\)/);
    const console = serveRecovery(
      { ...configFromEnv({} as NodeJS.ProcessEnv), host: "127.0.0.1", httpPort: 0, serial: "B8A44F000001" },
      "installed OS image rejected (bad-signature)",
    );
    await new Promise((r) => console.once("listening", r));
    const port = (console.address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}/axis-cgi/systemready.cgi`);
    expect(res.status).toBe(503);
    expect((await res.json()).data).toMatchObject({
      systemready: "no",
      securebootfailed: "yes",
      reason: "installed OS image rejected (bad-signature)",
    });
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toMatch(/serial B8A44F000001[\s\S]*Refusing to boot/);
    console.close();
  });

  it("refuses an OS image that is not signed by the vendor", async () => {
    const dirs = testDirs();
    fs.copyFileSync(path.join(samples, "CW-P3265-11.11.94-unsigned.cwfw"), path.join(dirs.factoryDir, "firmware.cwfw"));
    await expect(startCamera({}, dirs)).rejects.toThrow(/rejected \(unsigned\)/);
  });
});

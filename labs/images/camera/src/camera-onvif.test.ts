// ONVIF (issue 21 items 2 and 4) driven by a real client, the `onvif` npm package, plus raw SOAP for the
// hostile cases (skewed or replayed UsernameTokens, wrong levels, ONVIF switched off).
import { createHash, randomBytes } from "node:crypto";
import { Cam } from "onvif/promises";
import { afterEach, describe, expect, it } from "vitest";
import type { Camera } from "./camera";
import { runControl } from "./control";
import { admin, call, createAdmin, startCamera } from "./test-camera";

let cam: Camera;
afterEach(async () => cam?.stop());
const PWD = "Harden-Every-Camera-42";
// The promise wrapper's typings lag behind its methods: the calls this test makes.
type OnvifClient = {
  connect(): Promise<void>;
  getDeviceInformation(): Promise<Record<string, string>>;
  getCapabilities(): Promise<{ media: { XAddr: string } }>;
  getNetworkInterfaces(): Promise<unknown>;
  getProfiles(): Promise<{ $: { token: string }; videoEncoderConfiguration: unknown }[]>;
  getStreamUri(o: { protocol: string; profileToken: string }): Promise<{ uri: string }>;
  getUsers(): Promise<unknown>;
  createUsers(users: { username: string; password: string; userLevel: string }[]): Promise<unknown>;
  activeSource?: unknown;
};
const client = (user = admin.user, password = admin.pwd) =>
  new Cam({ hostname: "127.0.0.1", port: cam.ports.http, username: user, password, timeout: 5000 }) as unknown as OnvifClient;

function token(user: string, pwd: string, created = new Date().toISOString(), nonce = randomBytes(16)) {
  const digest = createHash("sha1")
    .update(Buffer.concat([nonce, Buffer.from(created), Buffer.from(pwd)]))
    .digest("base64");
  return (
    `<s:Header><Security s:mustUnderstand="1" xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><UsernameToken>` +
    `<Username>${user}</Username><Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${digest}</Password>` +
    `<Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">${nonce.toString("base64")}</Nonce>` +
    `<Created xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">${created}</Created></UsernameToken></Security></s:Header>`
  );
}
const soap = (op: string, header = "", ns = "http://www.onvif.org/ver10/device/wsdl", inner = "") =>
  `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">${header}<s:Body><${op} xmlns="${ns}">${inner}</${op}></s:Body></s:Envelope>`;
const device = (body: string, path = "/onvif/device_service") =>
  call(cam, path, { body, headers: { "Content-Type": "application/soap+xml" } });

describe("ONVIF before the initial administrator", () => {
  it("tells the time anonymously but has no account and creates none", async () => {
    cam = await startCamera();
    const date = await device(soap("GetSystemDateAndTime"));
    expect(date.status).toBe(200);
    expect(date.text).toMatch(/<tt:Year>\d{4}<\/tt:Year>/);
    for (const user of ["admin", "root", ""]) {
      const r = await device(soap("GetDeviceInformation", token(user, "admin")));
      expect([r.status, r.text], user).toEqual([400, expect.stringContaining("ter:NotAuthorized")]);
    }
    const create = await device(
      soap(
        "CreateUsers",
        "",
        undefined,
        `<User><Username>eve</Username><Password>${PWD}</Password><UserLevel>Administrator</UserLevel></User>`,
      ),
    );
    expect(create.text).toContain("initial admin user must be created first");
    expect(Object.keys(cam.store.state.accounts)).toEqual([]);
    await expect(client().connect()).rejects.toThrow();
  });
});

describe("ONVIF with the onvif client", () => {
  it("connects with UsernameToken digest and reads identity, capabilities, interfaces, profiles and the stream URI", async () => {
    cam = await startCamera({ serial: "ACCC8E0A0B0C" });
    await createAdmin(cam);
    const c = client();
    await c.connect();
    expect(await c.getDeviceInformation()).toMatchObject({
      manufacturer: "Cyberwall",
      model: "CW-P3265",
      serialNumber: "ACCC8E0A0B0C",
      firmwareVersion: "11.11.73",
    });
    const caps = await c.getCapabilities();
    expect(caps.media.XAddr).toBe(`http://127.0.0.1:${cam.ports.http}/onvif/media_service`);
    const nics = await c.getNetworkInterfaces();
    expect(JSON.stringify(nics)).toContain("127.0.0.1");
    const profiles = await c.getProfiles();
    expect(profiles.length).toBe(3);
    expect(profiles[0].videoEncoderConfiguration).toMatchObject({ encoding: "H264", resolution: { width: 1920, height: 1080 } });
    const uri = await c.getStreamUri({ protocol: "RTSP", profileToken: profiles[1].$.token });
    expect(uri.uri).toBe("rtsp://127.0.0.1:554/axis-media/media.amp?videocodec=h264&resolution=1280x720&fps=25");
    expect(c.activeSource).toMatchObject({ sourceToken: "vs0", encoding: "H264" });
  });

  it("manages the same accounts as pwdgrp.cgi: GetUsers, CreateUsers (with the password policy), levels enforced", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const c = client();
    await c.connect();
    expect(await c.getUsers()).toEqual([{ username: "root", userLevel: "Administrator" }]);
    await expect(c.createUsers([{ username: "weak", password: "password", userLevel: "Operator" }])).rejects.toThrow(/password policy/);
    await c.createUsers([{ username: "ops", password: PWD, userLevel: "Operator" }]);
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { auth: admin })).text).toContain('operator="root,ops"');
    expect((await call(cam, "/axis-cgi/usergroup.cgi", { auth: { user: "ops", pwd: PWD } })).text).toBe("ops\nusers operator viewer\n");
    const ops = client("ops", PWD);
    await ops.connect();
    expect((await ops.getDeviceInformation()).model).toBe("CW-P3265");
    await expect(ops.getUsers()).rejects.toThrow(/not authorized/i);
    await expect(ops.createUsers([{ username: "eve", password: PWD, userLevel: "Administrator" }])).rejects.toThrow(/not authorized/i);
    await expect(client("root", "Wrong-Password-1!").connect()).rejects.toThrow();
    // An account made over pwdgrp.cgi works over ONVIF too
    await call(cam, `/axis-cgi/pwdgrp.cgi?action=add&user=vic&pwd=${PWD}&grp=users&sgrp=viewer`, { auth: admin });
    const vic = client("vic", PWD);
    await vic.connect();
    expect((await vic.getProfiles()).length).toBe(3);
  });

  it("handles clock skew: the client corrects by GetSystemDateAndTime; stale, future and replayed tokens are refused", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    runControl(cam, "clock", ["+2h"]);
    const c = client();
    await c.connect(); // the onvif client measures the skew, then its tokens carry camera time
    expect((await c.getDeviceInformation()).manufacturer).toBe("Cyberwall");
    const local = await device(soap("GetDeviceInformation", token("root", admin.pwd)));
    expect(local.text).toMatch(/ter:NotAuthorized[\s\S]*5 minutes/);
    const camTime = new Date(cam.now()).toISOString();
    const nonce = randomBytes(16);
    expect((await device(soap("GetDeviceInformation", token("root", admin.pwd, camTime, nonce)))).status).toBe(200);
    const replay = await device(soap("GetDeviceInformation", token("root", admin.pwd, camTime, nonce)));
    expect(replay.text).toMatch(/replay/);
    const future = new Date(cam.now() + 10 * 60_000).toISOString();
    expect((await device(soap("GetDeviceInformation", token("root", admin.pwd, future)))).status).toBe(400);
    expect(cam.logLines.some((l) => l.includes("ONVIF authentication failed"))).toBe(true);
  });

  it("accepts HTTP Digest instead of a token, refuses PasswordText on plain HTTP, and rejects junk without a 500", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const r = await call(cam, "/onvif/media_service", {
      auth: admin,
      body: soap("GetProfiles", "", "http://www.onvif.org/ver10/media/wsdl"),
    });
    expect([r.status, r.text]).toEqual([200, expect.stringContaining("<tt:Encoding>H264</tt:Encoding>")]);
    const plain = token("root", admin.pwd).replace(/#PasswordDigest">[^<]*/, `#PasswordText">${admin.pwd}`);
    expect((await device(soap("GetDeviceInformation", plain))).text).toContain("PasswordText is refused");
    expect((await device(soap("GetDeviceInformation"))).status).toBe(401); // no credentials: HTTP challenge
    for (const junk of [
      "",
      "<",
      "<s:Envelope><s:Body><Nope/></s:Body></s:Envelope>",
      soap("GetStreamUri", "", undefined, "<ProfileToken>x</ProfileToken>"),
    ]) {
      const j = await call(cam, "/onvif/media_service", { auth: admin, method: "POST", body: junk });
      expect(j.status, junk).toBe(400);
    }
  });

  it("is a component in the SBOM, and disappears when WebService.ONVIF.Enabled=no", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const sbom = (await call(cam, "/axis-cgi/sbom.cgi", { auth: admin })).json();
    expect(sbom.packages.map((p: { name: string }) => p.name)).toContain("camos-onvif");
    expect((await call(cam, "/axis-cgi/param.cgi?action=update&WebService.ONVIF.Enabled=no", { auth: admin })).text.trim()).toBe("OK");
    expect((await device(soap("GetSystemDateAndTime"))).status).toBe(404);
    await expect(client().connect()).rejects.toThrow();
  });
});

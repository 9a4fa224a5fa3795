// The VAPIX surface a VMS calls first, in the shapes real devices answer (issue 21 item 1).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { API_LIST } from "./routes-apidiscovery";
import type { Camera } from "./camera";
import { admin, call, createAdmin, startCamera } from "./test-camera";

let cam: Camera;
afterEach(async () => cam?.stop());
const post = (target: string, body: unknown, auth: { user: string; pwd: string } | null = admin) =>
  call(cam, target, {
    auth: auth ?? undefined,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "Content-Type": "application/json" },
  });
const PWD = "Harden-Every-Camera-42";
const viewer = { user: "vic", pwd: PWD };

/** The documented request of every API in getApiList, and what its answer must contain. */
const PROBES: Record<string, { target: string; body?: unknown; expect: (text: string) => void }> = {
  "api-discovery": {
    target: "/axis-cgi/apidiscovery.cgi",
    body: { apiVersion: "1.0", method: "getApiList" },
    expect: (t) => expect(JSON.parse(t).data.apiList.length).toBeGreaterThan(5),
  },
  "basic-device-info": {
    target: "/axis-cgi/basicdeviceinfo.cgi",
    body: { apiVersion: "1.1", method: "getAllProperties" },
    expect: (t) => expect(JSON.parse(t).data.propertyList.SerialNumber).toBeTruthy(),
  },
  systemready: {
    target: "/axis-cgi/systemready.cgi",
    body: { apiVersion: "1.2", method: "systemready" },
    expect: (t) => expect(JSON.parse(t).data.systemready).toBe("yes"),
  },
  "param-cgi": {
    target: "/axis-cgi/param.cgi?action=list&group=root.Brand",
    expect: (t) => expect(t).toContain("root.Brand.ProdShortName="),
  },
  "user-management": { target: "/axis-cgi/pwdgrp.cgi?action=get", expect: (t) => expect(t).toContain('admin="root"') },
  "stream-profiles": {
    target: "/axis-cgi/streamprofile.cgi",
    body: { apiVersion: "1.0", method: "list", params: { streamProfileName: [] } },
    expect: (t) => expect(JSON.parse(t).data.streamProfile[0].name).toBe("Quality"),
  },
  "io-port-management": {
    target: "/axis-cgi/io/portmanagement.cgi",
    body: { apiVersion: "1.0", method: "getPorts" },
    expect: (t) => expect(JSON.parse(t).data).toEqual({ numberOfPorts: 0, items: [] }),
  },
  "view-area": {
    target: "/axis-cgi/viewarea/info.cgi",
    body: { apiVersion: "1.0", method: "list" },
    expect: (t) => expect(JSON.parse(t).data.viewAreas[0].canvasSize).toEqual({ horizontal: 1920, vertical: 1080 }),
  },
  fwmgr: {
    target: "/axis-cgi/firmwaremanagement.cgi",
    body: { apiVersion: "1.4", method: "status" },
    expect: (t) => expect(JSON.parse(t).data.activeFirmwareVersion).toBe("11.11.73"),
  },
  certificates: {
    target: "/axis-cgi/certificates.cgi",
    body: { apiVersion: "1.0", method: "listCertificates" },
    expect: (t) => expect(JSON.parse(t).data).toBeTruthy(),
  },
  "remote-syslog": {
    target: "/axis-cgi/remotesyslog.cgi",
    body: { apiVersion: "1.0", method: "getConfiguration" },
    expect: (t) => expect(JSON.parse(t).data.enabled).toBe(false),
  },
  ntp: {
    target: "/axis-cgi/ntp.cgi",
    body: { apiVersion: "1.0", method: "getNTPInfo" },
    expect: (t) => expect(JSON.parse(t).data.enabled).toBe(true),
  },
  "time-service": {
    target: "/axis-cgi/time.cgi",
    body: { apiVersion: "1.0", method: "getDateTimeInfo" },
    expect: (t) => expect(JSON.parse(t).data.dateTime).toMatch(/^\d{4}-/),
  },
  "signed-video": { target: "/axis-cgi/signedvideo.cgi?action=list", expect: (t) => expect(JSON.parse(t).data.clips).toEqual([]) },
  sbom: { target: "/axis-cgi/sbom.cgi", expect: (t) => expect(JSON.parse(t).spdxVersion).toBe("SPDX-2.3") },
};

describe("API discovery", () => {
  it("lists every API with id, version and name, echoes the context, and each listed API answers its documented request", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const r = await post("/axis-cgi/apidiscovery.cgi", { apiVersion: "1.0", context: "hass", method: "getApiList" });
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ apiVersion: "1.0", context: "hass", method: "getApiList" });
    const ids = body.data.apiList.map((a: { id: string }) => a.id);
    expect(ids).toEqual(API_LIST.map((a) => a.id));
    for (const api of body.data.apiList) {
      expect(api, api.id).toMatchObject({ id: expect.any(String), version: expect.stringMatching(/^\d+\.\d+$/), name: expect.any(String) });
      const probe = PROBES[api.id];
      expect(probe, `no documented request for ${api.id}`).toBeDefined();
      const res = probe.body ? await post(probe.target, probe.body) : await call(cam, probe.target, { auth: admin });
      expect(res.status, api.id).toBe(200);
      probe.expect(res.text);
    }
  });

  it("answers getSupportedVersions (without an apiVersion) on every JSON API", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    for (const target of [
      "/axis-cgi/apidiscovery.cgi",
      "/axis-cgi/basicdeviceinfo.cgi",
      "/axis-cgi/streamprofile.cgi",
      "/axis-cgi/io/portmanagement.cgi",
      "/axis-cgi/viewarea/info.cgi",
      "/axis-cgi/certificates.cgi",
      "/axis-cgi/remotesyslog.cgi",
      "/axis-cgi/ntp.cgi",
      "/axis-cgi/time.cgi",
      "/axis-cgi/firmwaremanagement.cgi",
    ]) {
      const r = await post(target, { context: "c1", method: "getSupportedVersions" });
      expect(r.status, target).toBe(200);
      expect(r.json().data.apiVersions[0], target).toMatch(/^1\.\d$/);
    }
    expect((await post("/axis-cgi/basicdeviceinfo.cgi", { method: "getSupportedVersions" })).json().data.apiVersions).toEqual([
      "1.0",
      "1.1",
    ]);
  });

  it("is behind authentication, also before the initial administrator exists (401 with a challenge)", async () => {
    cam = await startCamera();
    const r = await post("/axis-cgi/apidiscovery.cgi", { apiVersion: "1.0", method: "getApiList" }, null);
    expect([r.status, r.text.trim()]).toEqual([401, "Error: initial admin user must be created first."]);
    expect(String(r.headers["www-authenticate"])).toContain('Digest realm="CWCAM_');
    await createAdmin(cam);
    expect((await post("/axis-cgi/apidiscovery.cgi", { apiVersion: "1.0", method: "getApiList" }, null)).status).toBe(401);
    const wrong = await post("/axis-cgi/apidiscovery.cgi", { apiVersion: "1.0", method: "getApiList" }, { user: "root", pwd: "nope" });
    expect(wrong.status).toBe(401);
  });
});

describe("with curl, as an installer would", () => {
  it("creates the admin with curl --digest, then discovers the APIs and reads device info (HTTP and HTTPS)", async () => {
    cam = await startCamera();
    const curl = async (...args: string[]) => (await promisify(execFile)("curl", ["-s", "--max-time", "5", ...args])).stdout;
    const base = `http://127.0.0.1:${cam.ports.http}/axis-cgi`;
    const created = await curl(
      "--digest",
      "-u",
      `root:${PWD}`,
      `${base}/pwdgrp.cgi?action=add&user=root&pwd=${PWD}&grp=root&sgrp=admin:operator:viewer:ptz`,
    );
    expect(created.trim()).toBe("Created account root.");
    const list = JSON.parse(
      await curl(
        "--digest",
        "-u",
        `root:${PWD}`,
        "-H",
        "Content-Type: application/json",
        "-d",
        '{"apiVersion":"1.0","context":"curl","method":"getApiList"}',
        `${base}/apidiscovery.cgi`,
      ),
    );
    expect(list.data.apiList.map((a: { id: string }) => a.id)).toContain("basic-device-info");
    const info = JSON.parse(
      await curl(
        "-k",
        "--basic",
        "-u",
        `root:${PWD}`,
        "-d",
        '{"apiVersion":"1.1","method":"getProperty","params":{"propertyList":["ProdNbr"]}}',
        `https://127.0.0.1:${cam.ports.https}/axis-cgi/basicdeviceinfo.cgi`,
      ),
    );
    expect(info.data.propertyList).toEqual({ ProdNbr: "CW-P3265" });
  });
});

describe("basicdeviceinfo.cgi in the device shape", () => {
  it("has getProperty, validates apiVersion and answers errors as 200 + error object; malformed JSON is 400", async () => {
    cam = await startCamera({ serial: "ACCC8E001122" });
    await createAdmin(cam);
    const t = "/axis-cgi/basicdeviceinfo.cgi";
    const one = (await post(t, { apiVersion: "1.1", method: "getProperty", params: { propertyList: ["SerialNumber", "Brand"] } })).json();
    expect(one.data.propertyList).toEqual({ SerialNumber: "ACCC8E001122", Brand: "Cyberwall" });
    for (const [body, code] of [
      [{ apiVersion: "1.1", method: "getProperty", params: { propertyList: ["Nope"] } }, 1000],
      [{ apiVersion: "1.1", method: "getProperty", params: {} }, 4002],
      [{ apiVersion: "2.0", method: "getAllProperties" }, 2003],
      [{ apiVersion: "1.7", method: "getAllProperties" }, 2003],
      [{ apiVersion: "one", method: "getAllProperties" }, 2003],
      [{ apiVersion: 1, method: "getAllProperties" }, 4002],
      [{ apiVersion: "1.0", method: "getNothing" }, 2004],
    ] as const) {
      const r = await post(t, body);
      expect([r.status, r.json().error?.code], JSON.stringify(body)).toEqual([200, code]);
      expect(r.json().data).toBeUndefined();
    }
    for (const broken of ["{", '{"apiVersion":"1.0","method":"getAllProperties"', "[1,2]", "null"]) {
      const r = await post(t, broken);
      expect([r.status, r.json().error.message], broken).toEqual([400, "Malformed JSON request."]);
    }
  });

  it("still answers the unrestricted properties anonymously, nothing more", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const open = await post("/axis-cgi/basicdeviceinfo.cgi", { apiVersion: "1.0", method: "getAllUnrestrictedProperties" }, null);
    expect(open.json().data.propertyList).toMatchObject({ ProdShortName: "Cyberwall CW-P3265", WebURL: expect.any(String) });
    const sneaky = await post(
      "/axis-cgi/basicdeviceinfo.cgi",
      { apiVersion: "1.0", method: "getProperty", params: { propertyList: ["SerialNumber"] } },
      null,
    );
    expect(sneaky.status).toBe(401);
  });
});

describe("accounts: pwdgrp get in full, usergroup.cgi", () => {
  it("keeps the ptz group, lists every group line, and tells each caller its own groups", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect((await call(cam, `/axis-cgi/pwdgrp.cgi?action=add&user=vic&pwd=${PWD}&grp=users&sgrp=viewer:ptz`, { auth: admin })).status).toBe(
      200,
    );
    const lines = (await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { auth: admin })).text.trim().split("\n");
    const groups = Object.fromEntries(lines.map((l) => l.split("=")).map(([k, v]) => [k, v.replace(/"/g, "")]));
    expect(groups).toMatchObject({
      admin: "root",
      operator: "root",
      viewer: "root,vic",
      users: "root,vic",
      ptz: "root,vic",
      digusers: "root,vic",
    });
    expect((await call(cam, "/axis-cgi/usergroup.cgi", { auth: admin })).text).toBe("root\nusers admin operator viewer ptz\n");
    expect((await call(cam, "/axis-cgi/usergroup.cgi", { auth: viewer })).text).toBe("vic\nusers viewer ptz\n");
    await call(cam, "/axis-cgi/pwdgrp.cgi?action=update&user=vic&sgrp=viewer", { auth: admin });
    expect((await call(cam, "/axis-cgi/usergroup.cgi", { auth: viewer })).text).toBe("vic\nusers viewer\n");
    expect((await call(cam, "/axis-cgi/usergroup.cgi")).status).toBe(401);
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { auth: viewer })).status).toBe(403);
  });
});

describe("parameter groups of a fixed camera", () => {
  it("answers groups without hardware with 200 and has the parameters clients read", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const list = (g: string) => call(cam, `/axis-cgi/param.cgi?action=list&group=${g}`, { auth: admin });
    for (const g of [
      "root.Input",
      "root.Output",
      "root.IOPort",
      "root.PTZ",
      "root.StreamProfile",
      "root.Brand",
      "root.Properties",
      "root.Image",
    ])
      expect((await list(g)).status, g).toBe(200);
    expect((await list("root.IOPort")).text.trim()).toBe("# Error: Error -1 getting param in group 'IOPort'");
    expect((await list("root.Input")).text.trim()).toBe("root.Input.NbrOfInputs=0");
    expect((await list("root.StreamProfile")).text).toContain("root.StreamProfile.S0.Name=Quality");
    const all = (await list("root.Brand,root.Properties")).text;
    for (const p of [
      "Brand.ProdShortName",
      "Brand.ProdVariant",
      "Brand.WebURL",
      "Properties.Firmware.BuildDate",
      "Properties.Firmware.BuildNumber",
      "Properties.Image.NbrOfViews",
      "Properties.Image.Resolution",
      "Properties.Image.Rotation",
    ])
      expect(all, p).toMatch(new RegExp(`^root\\.${p.replace(/\./g, "\\.")}=`, "m"));
    expect((await list("root.NoSuchGroup")).status).toBe(400);
    const ro = await call(cam, "/axis-cgi/param.cgi?action=update&Properties.Image.NbrOfViews=4", { auth: admin });
    expect(ro.status).toBe(400);
  });
});

describe("stream profiles, I/O ports, view area, applications, PTZ, events", () => {
  it("answers each in the device shape, behind authentication and roles", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    await call(cam, `/axis-cgi/pwdgrp.cgi?action=add&user=vic&pwd=${PWD}&grp=users&sgrp=viewer`, { auth: admin });
    const one = (
      await post("/axis-cgi/streamprofile.cgi", {
        apiVersion: "1.0",
        method: "list",
        params: { streamProfileName: [{ name: "Balanced" }] },
      })
    ).json();
    expect(one.data.streamProfile).toEqual([
      expect.objectContaining({ name: "Balanced", parameters: expect.stringContaining("videocodec=h264") }),
    ]);
    const none = (
      await post("/axis-cgi/streamprofile.cgi", { apiVersion: "1.0", method: "list", params: { streamProfileName: [{ name: "X" }] } })
    ).json();
    expect(none.error.code).toBe(2006);
    const set = { apiVersion: "1.0", method: "setPorts", params: { ports: [{ port: "0", state: "closed" }] } };
    expect((await post("/axis-cgi/io/portmanagement.cgi", set, viewer)).status).toBe(403);
    expect((await post("/axis-cgi/io/portmanagement.cgi", set)).json().error.code).toBe(1000);
    const apps = await call(cam, "/axis-cgi/applications/list.cgi", { auth: viewer });
    expect([apps.status, apps.headers["content-type"], apps.text.trim()]).toEqual([200, "text/xml", '<reply result="ok">\n</reply>']);
    expect((await call(cam, "/axis-cgi/com/ptz.cgi?query=position", { auth: viewer })).text.trim()).toBe("Error: no PTZ driver installed.");
    const soap = `<?xml version="1.0"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><GetEventInstances xmlns="http://www.axis.com/vapix/ws/event1"/></s:Body></s:Envelope>`;
    const ev = await call(cam, "/vapix/services", { auth: viewer, body: soap, headers: { "Content-Type": "application/soap+xml" } });
    expect(ev.status).toBe(200);
    for (const t of ["tns1:MotionAlarm", "tnsaxis:Tampering", "tnsaxis:DayNightVision", "tnsaxis:SystemReady", "wstop:TopicSet"])
      expect(ev.text).toContain(t);
    const junk = await call(cam, "/vapix/services", { auth: viewer, body: "<x/>" });
    expect([junk.status, junk.text]).toEqual([400, expect.stringContaining("env:Sender")]);
    for (const target of [
      "/axis-cgi/streamprofile.cgi",
      "/axis-cgi/io/portmanagement.cgi",
      "/axis-cgi/viewarea/info.cgi",
      "/axis-cgi/applications/list.cgi",
      "/axis-cgi/com/ptz.cgi?query=position",
      "/vapix/services",
    ])
      expect((await call(cam, target, { body: soap })).status, target).toBe(401);
  });
});

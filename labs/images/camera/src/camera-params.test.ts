import { afterEach, describe, expect, it } from "vitest";
import type { Camera } from "./camera";
import { admin, call, createAdmin, json, startCamera, testDirs } from "./test-camera";

let cam: Camera;
afterEach(async () => cam?.stop());

const list = async (group: string) => (await call(cam, `/axis-cgi/param.cgi?action=list&group=${group}`, { auth: admin })).text.trim();

describe("param.cgi", () => {
  it("ships the documented hardening defaults", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const all = (await call(cam, "/axis-cgi/param.cgi?action=list", { auth: admin })).text;
    for (const line of [
      "root.Network.UPnP.Enabled=yes",
      "root.Network.Bonjour.Enabled=yes",
      "root.Network.ZeroConf.Enabled=yes",
      "root.WebService.DiscoveryMode.Discoverable=yes",
      "root.Network.SSH.Enabled=no",
      "root.Network.FTP.Enabled=no",
      "root.SNMP.Enabled=no",
      "root.Network.Filter.Enabled=no",
      "root.Network.Interface.I0.dot1x.Enabled=no",
      "root.Network.HTTP.AuthenticationPolicy=digest",
      "root.Security.PasswordPolicy=complexity",
      "root.Properties.Firmware.Version=11.11.73",
      "root.RemoteSyslog.Enabled=no",
    ])
      expect(all.split("\n"), line).toContain(line);
  });

  it("lists groups with or without the root. prefix, several at once, and reports unknown groups", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect(await list("root.Network.SSH")).toBe("root.Network.SSH.Enabled=no");
    expect(await list("Network.SSH,SNMP.Enabled")).toBe("root.Network.SSH.Enabled=no\nroot.SNMP.Enabled=no");
    const r = await call(cam, "/axis-cgi/param.cgi?action=list&group=No.Such", { auth: admin });
    expect([r.status, r.text.trim()]).toEqual([400, "# Error: Error -1 getting param in group 'No.Such'"]);
  });

  it("updates valid values, reports each bad one, and never applies an invalid value", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect(
      (
        await call(cam, "/axis-cgi/param.cgi?action=update&root.Network.UPnP.Enabled=no&Network.Bonjour.Enabled=no", { auth: admin })
      ).text.trim(),
    ).toBe("OK");
    const bad = await call(
      cam,
      "/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=maybe&Brand.ProdNbr=X&No.Such=1&Network.ZeroConf.Enabled=no",
      { auth: admin },
    );
    expect(bad.status).toBe(400);
    expect(bad.text.trim().split("\n")).toEqual([
      "# Error: Error setting 'Network.SSH.Enabled' to 'maybe'!",
      "# Error: Error setting 'Brand.ProdNbr' to 'X'!",
      "# Error: Error setting 'No.Such' to '1'!",
    ]);
    expect(await list("Network.SSH.Enabled")).toBe("root.Network.SSH.Enabled=no");
    expect(await list("Network.ZeroConf.Enabled")).toBe("root.Network.ZeroConf.Enabled=no");
    expect(
      (
        await call(cam, "/axis-cgi/param.cgi?action=update&Network.Filter.Input.AcceptAddresses=10.0.0.0/8,192.168.1.7", { auth: admin })
      ).text.trim(),
    ).toBe("OK");
    expect(
      (await call(cam, "/axis-cgi/param.cgi?action=update&Network.Filter.Input.AcceptAddresses=10.0.0.0/99", { auth: admin })).status,
    ).toBe(400);
    expect((await call(cam, "/axis-cgi/param.cgi?action=update", { auth: admin })).text.trim()).toBe("# Error: no parameter given");
    expect((await call(cam, "/axis-cgi/param.cgi?action=explode", { auth: admin })).text.trim()).toBe("# Error: unknown action 'explode'");
  });

  it("honours the IP filter (loopback always allowed)", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect(
      (
        await call(cam, "/axis-cgi/param.cgi?action=update&Network.Filter.Enabled=yes&Network.Filter.Input.AcceptAddresses=192.0.2.1", {
          auth: admin,
        })
      ).text.trim(),
    ).toBe("OK");
    expect((await call(cam, "/axis-cgi/systemready.cgi")).status).toBe(200);
    const { ipAllowed } = await import("./ip-filter");
    expect(ipAllowed("::ffff:192.0.2.1", "192.0.2.1")).toBe(true);
    expect(ipAllowed("192.0.2.9", "192.0.2.1,10.0.0.0/8")).toBe(false);
    expect(ipAllowed("10.9.8.7", "192.0.2.1,10.0.0.0/8")).toBe(true);
  });

  it("keeps settings across a restart and forgets them on a hard factory default", async () => {
    const dirs = testDirs();
    cam = await startCamera({}, dirs);
    await createAdmin(cam);
    await call(cam, "/axis-cgi/param.cgi?action=update&Network.UPnP.Enabled=no", { auth: admin });
    const bootId = cam.bootId;
    await cam.stop();
    cam = await startCamera({}, dirs);
    expect(cam.bootId).not.toBe(bootId);
    expect(await list("Network.UPnP.Enabled")).toBe("root.Network.UPnP.Enabled=no");
    const deviceCert = cam.deviceId.certPem;
    const r = await call(cam, "/axis-cgi/firmwaremanagement.cgi", {
      auth: admin,
      body: json("factoryDefault", { factoryDefaultMode: "hard" }),
    });
    expect(r.status).toBe(200);
    expect((await call(cam, "/axis-cgi/systemready.cgi")).json().data.needsetup).toBe("yes");
    await createAdmin(cam);
    expect(await list("Network.UPnP.Enabled")).toBe("root.Network.UPnP.Enabled=yes");
    expect(cam.deviceId.certPem).toBe(deviceCert); // the device ID survives, like a real IDevID
  });

  it("a soft factory default keeps network settings but resets accounts and other settings", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    await call(cam, "/axis-cgi/param.cgi?action=update&Network.UPnP.Enabled=no&SignedVideo.Enabled=no", { auth: admin });
    await call(cam, "/axis-cgi/firmwaremanagement.cgi", { auth: admin, body: json("factoryDefault", { factoryDefaultMode: "soft" }) });
    await createAdmin(cam);
    expect(await list("Network.UPnP.Enabled")).toBe("root.Network.UPnP.Enabled=no");
    expect(await list("SignedVideo.Enabled")).toBe("root.SignedVideo.Enabled=yes");
  });

  it("applies scenario variables at first boot only", async () => {
    const dirs = testDirs();
    cam = await startCamera(
      {
        serial: "ACCC8E00BEEF",
        model: "CW-P3265",
        scenario: { adminUser: "root", adminPassword: admin.pwd, params: "Network.SSH.Enabled=yes;root.SNMP.Enabled=yes;Bogus=1" },
      },
      dirs,
    );
    expect(await list("Network.SSH.Enabled")).toBe("root.Network.SSH.Enabled=yes");
    expect(await list("Properties.System.SerialNumber")).toBe("root.Properties.System.SerialNumber=ACCC8E00BEEF");
    await call(cam, "/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=no", { auth: admin });
    await cam.stop();
    cam = await startCamera({ scenario: { params: "Network.SSH.Enabled=yes" } }, dirs);
    expect(await list("Network.SSH.Enabled")).toBe("root.Network.SSH.Enabled=no");
  });
});

describe("basicdeviceinfo.cgi", () => {
  it("gives unrestricted properties anonymously and everything (serial, version, OS track) to users", async () => {
    cam = await startCamera({ serial: "ACCC8E001122" });
    const open = await call(cam, "/axis-cgi/basicdeviceinfo.cgi", { body: json("getAllUnrestrictedProperties") });
    expect(open.json().data.propertyList).toMatchObject({ Brand: "Cyberwall", ProdNbr: "CW-P3265" });
    expect(open.json().data.propertyList.SerialNumber).toBeUndefined();
    await createAdmin(cam);
    const all = (await call(cam, "/axis-cgi/basicdeviceinfo.cgi", { auth: admin, body: json("getAllProperties") })).json();
    expect(all.data.propertyList).toMatchObject({
      ProdNbr: "CW-P3265",
      SerialNumber: "ACCC8E001122",
      Version: "11.11.73",
      OSTrack: "LTS",
      OSEndOfSupport: "2029-12-31",
    });
    // Device shape: an unknown method is HTTP 200 with a JSON error object.
    const bad = await call(cam, "/axis-cgi/basicdeviceinfo.cgi", { auth: admin, body: json("getNothing") });
    expect([bad.status, bad.json().error.code]).toEqual([200, 2004]);
  });
});

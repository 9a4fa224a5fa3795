import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { Camera } from "./camera";
import { admin, call, createAdmin, startCamera } from "./test-camera";

const run = promisify(execFile);
let cam: Camera;
afterEach(async () => cam?.stop());

describe("factory state and the initial administrator", () => {
  it("answers systemready anonymously and refuses everything protected until an admin exists", async () => {
    cam = await startCamera();
    const ready = (await call(cam, "/axis-cgi/systemready.cgi")).json().data;
    expect(ready).toMatchObject({ systemready: "yes", needsetup: "yes" });
    expect(ready.bootid).toMatch(/^[0-9a-f-]{36}$/);
    for (const target of [
      "/axis-cgi/param.cgi?action=list",
      "/axis-cgi/pwdgrp.cgi?action=get",
      "/axis-cgi/firmwaremanagement.cgi?method=status",
      "/axis-cgi/sbom.cgi",
      "/axis-cgi/certificates.cgi?method=getDeviceId",
      "/axis-cgi/basicdeviceinfo.cgi",
    ]) {
      const r = await call(cam, target);
      expect([r.status, r.text.trim()], target).toEqual([401, "Error: initial admin user must be created first."]);
    }
    expect(Object.keys(cam.store.state.accounts)).toEqual([]);
  });

  it("creates the initial admin without authentication, once, and only as an administrator", async () => {
    cam = await startCamera();
    const viewer = await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=joe&pwd=Harden-Every-Camera-42&grp=users&sgrp=viewer");
    expect([viewer.status, viewer.text.trim()]).toEqual([
      400,
      "Error: the initial account must be an administrator (sgrp=admin:operator:viewer:ptz).",
    ]);
    await createAdmin(cam);
    expect((await call(cam, "/axis-cgi/systemready.cgi")).json().data.needsetup).toBe("no");
    const again = await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=eve&pwd=Harden-Every-Camera-42&grp=root&sgrp=admin");
    expect(again.status).toBe(401);
    expect(again.headers["www-authenticate"]).toBeDefined();
  });

  it("enforces the complexity policy and account name rules with specific errors", async () => {
    cam = await startCamera();
    const weak = await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=password&sgrp=admin");
    expect(weak.text.trim()).toBe(
      "Error: password does not meet the password policy (complexity): 8-64 printable ASCII characters with upper case, lower case, digit and special character.",
    );
    const name = await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=root_admin&pwd=Harden-Every-Camera-42&sgrp=admin");
    expect(name.text.trim()).toBe("Error: invalid account name (1-14 characters a-z, A-Z, 0-9).");
    const long = await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=abcdefghijklmno&pwd=Harden-Every-Camera-42&sgrp=admin");
    expect(long.status).toBe(400);
  });

  it("supports the length and none policies", async () => {
    cam = await startCamera({ scenario: { passwordPolicy: "length" } });
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=Short-Pass-1!&sgrp=admin")).text).toMatch(
      /policy \(length\): 15-64/,
    );
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=correcthorsebatterystaple&sgrp=admin")).text.trim()).toBe(
      "Created account root.",
    );
    await cam.stop();
    cam = await startCamera({ scenario: { passwordPolicy: "none" } });
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=pass&sgrp=admin")).text.trim()).toBe("Created account root.");
  });
});

describe("Digest and Basic", () => {
  it("accepts Digest with SHA-256 and MD5 on HTTP, rejects a wrong password with a fresh challenge", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    for (const alg of ["SHA-256", "MD5"] as const) {
      const r = await call(cam, "/axis-cgi/param.cgi?action=list&group=Network.SSH", { auth: { ...admin, alg } });
      expect([r.status, r.text.trim()]).toEqual([200, "root.Network.SSH.Enabled=no"]);
    }
    const bad = await call(cam, "/axis-cgi/param.cgi?action=list", { auth: { user: "root", pwd: "wrong" } });
    expect(bad.status).toBe(401);
    const challenges = ([] as string[]).concat(bad.headers["www-authenticate"] ?? []);
    expect(challenges.some((c) => c.includes("algorithm=SHA-256"))).toBe(true);
    expect(challenges.some((c) => c.startsWith("Basic"))).toBe(false); // no Basic offered over plain HTTP
  });

  it("works with curl --digest (create admin, update a parameter)", async () => {
    cam = await startCamera();
    const base = `http://127.0.0.1:${cam.ports.http}/axis-cgi`;
    const curl = (url: string) => run("curl", ["-s", "--digest", "-u", `${admin.user}:${admin.pwd}`, url]).then((r) => r.stdout.trim());
    expect(await curl(`${base}/pwdgrp.cgi?action=add&user=root&pwd=${admin.pwd}&grp=root&sgrp=admin:operator:viewer:ptz`)).toBe(
      "Created account root.",
    );
    expect(await curl(`${base}/param.cgi?action=update&Network.UPnP.Enabled=no`)).toBe("OK");
    expect(await curl(`${base}/param.cgi?action=list&group=Network.UPnP.Enabled`)).toBe("root.Network.UPnP.Enabled=no");
  });

  it("allows Basic only over HTTPS by default; basic_digest allows it on HTTP; digest_only refuses it everywhere", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const target = "/axis-cgi/param.cgi?action=list&group=Network.FTP";
    expect((await call(cam, target, { auth: { ...admin, scheme: "basic" } })).status).toBe(401);
    expect((await call(cam, target, { auth: { ...admin, scheme: "basic" }, secure: true })).status).toBe(200);
    expect(
      (await call(cam, `/axis-cgi/param.cgi?action=update&Network.HTTP.AuthenticationPolicy=basic_digest`, { auth: admin })).text.trim(),
    ).toBe("OK");
    expect((await call(cam, target, { auth: { ...admin, scheme: "basic" } })).status).toBe(200);
    expect(
      (await call(cam, `/axis-cgi/param.cgi?action=update&Network.HTTP.AuthenticationPolicy=digest_only`, { auth: admin })).text.trim(),
    ).toBe("OK");
    expect((await call(cam, target, { auth: { ...admin, scheme: "basic" }, secure: true })).status).toBe(401);
    expect((await call(cam, target, { auth: admin, secure: true })).status).toBe(200);
  });

  it("HTTPSOnly refuses plain HTTP except systemready", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    expect((await call(cam, "/axis-cgi/param.cgi?action=update&Network.HTTP.HTTPSOnly=yes", { auth: admin })).text.trim()).toBe("OK");
    const r = await call(cam, "/axis-cgi/param.cgi?action=list", { auth: admin });
    expect([r.status, r.text.trim()]).toEqual([403, "Error: HTTPS required."]);
    expect((await call(cam, "/axis-cgi/systemready.cgi")).status).toBe(200);
    expect(
      (await call(cam, "/axis-cgi/param.cgi?action=list&group=Network.HTTP.HTTPSOnly", { auth: admin, secure: true })).text.trim(),
    ).toBe("root.Network.HTTP.HTTPSOnly=yes");
  });

  it("rejects malformed Digest headers and a Digest uri that differs from the request", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    for (const header of [
      "Digest",
      'Digest username="root", realm="x", nonce="a.b", uri="/", response="00"',
      "Bearer abc",
      "Basic !!!!",
      `Digest username="root", algorithm=SHA-512`,
    ]) {
      const r = await call(cam, "/axis-cgi/param.cgi?action=list", { headers: { Authorization: header } });
      expect(r.status, header).toBe(401);
      expect(r.text).toMatch(/^Error: /);
    }
  });
});

describe("accounts and roles (pwdgrp.cgi)", () => {
  it("adds, gets, updates and removes accounts; roles limit what each can do", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const pwd = "Viewer-Pass-1234";
    expect(
      (await call(cam, `/axis-cgi/pwdgrp.cgi?action=add&user=joe&pwd=${pwd}&grp=users&sgrp=viewer`, { auth: admin })).text.trim(),
    ).toBe("Created account joe.");
    expect(
      (await call(cam, `/axis-cgi/pwdgrp.cgi?action=add&user=joe&pwd=${pwd}&grp=users&sgrp=viewer`, { auth: admin })).text.trim(),
    ).toBe("Error: account joe already exists.");
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { auth: admin })).text).toBe(
      'admin="root"\nanonymous=""\napi-discovery=""\noperator="root"\nptz="root"\nusers="root,joe"\nviewer="root,joe"\ndigusers="root,joe"\n',
    );
    const joe = { user: "joe", pwd };
    expect((await call(cam, "/axis-cgi/param.cgi?action=list&group=Brand.ProdNbr", { auth: joe })).text.trim()).toBe(
      "root.Brand.ProdNbr=CW-P3265",
    );
    expect((await call(cam, "/axis-cgi/param.cgi?action=list&group=SNMP.V1ReadCommunity", { auth: joe })).status).toBe(400); // admin-only parameter is invisible
    expect((await call(cam, "/axis-cgi/param.cgi?action=update&Image.I0.Rotation=180", { auth: joe })).status).toBe(403);
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { auth: joe })).status).toBe(403);
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=update&user=joe&sgrp=operator:viewer", { auth: admin })).text.trim()).toBe(
      "Modified account joe.",
    );
    expect((await call(cam, "/axis-cgi/param.cgi?action=update&Image.I0.Appearance.Rotation=180", { auth: joe })).text.trim()).toBe("OK");
    expect((await call(cam, "/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=yes", { auth: joe })).text.trim()).toBe(
      "# Error: Error setting 'Network.SSH.Enabled' to 'yes'!",
    );
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=remove&user=joe", { auth: admin })).text.trim()).toBe("Removed account joe.");
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=remove&user=joe", { auth: admin })).text.trim()).toBe(
      "Error: account joe does not exist.",
    );
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=remove&user=root", { auth: admin })).text.trim()).toBe(
      "Error: cannot remove the last administrator.",
    );
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=update&user=root&sgrp=viewer", { auth: admin })).text.trim()).toBe(
      "Error: cannot remove the last administrator.",
    );
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=frobnicate", { auth: admin })).text.trim()).toBe(
      "Error: unknown action 'frobnicate'.",
    );
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=add&user=ann&grp=users&sgrp=viewer", { auth: admin })).text.trim()).toBe(
      "Error: missing parameter pwd.",
    );
    expect((await call(cam, `/axis-cgi/pwdgrp.cgi?action=add&user=ann&pwd=${pwd}&sgrp=ptz`, { auth: admin })).status).toBe(400);
  });

  it("a changed password takes effect at once and accepts POSTed form bodies", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    const next = "Another-Strong-Pass-7";
    const r = await call(cam, "/axis-cgi/pwdgrp.cgi", {
      auth: admin,
      body: `action=update&user=root&pwd=${next}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(r.text.trim()).toBe("Modified account root.");
    expect((await call(cam, "/axis-cgi/param.cgi?action=list&group=Brand", { auth: admin })).status).toBe(401);
    expect((await call(cam, "/axis-cgi/param.cgi?action=list&group=Brand", { auth: { user: "root", pwd: next } })).status).toBe(200);
  });
});

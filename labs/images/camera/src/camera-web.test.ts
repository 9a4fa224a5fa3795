import { afterEach, describe, expect, it } from "vitest";
import { checkPassword, PASSWORD_CHECKS } from "./accounts";
import type { Camera } from "./camera";
import { admin, call, createAdmin, startCamera } from "./test-camera";

let cam: Camera;
afterEach(async () => cam?.stop());

describe("the camera's web interface", () => {
  it("sends every page to the first-boot wizard until the admin exists, on HTTP and HTTPS", async () => {
    cam = await startCamera();
    for (const secure of [false, true])
      for (const target of ["/", "/index.html", "/camera/users.html", "/camera/network.html", "/camera/users.html?x=1"]) {
        const r = await call(cam, target, { secure });
        expect([r.status, r.headers.location], target).toEqual([302, "/camera/setup.html"]);
      }
    const wizard = await call(cam, "/camera/setup.html", { secure: true });
    expect(wizard.status).toBe(200);
    expect(wizard.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(wizard.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(wizard.headers["x-frame-options"]).toBeUndefined();
    expect(wizard.text).toContain('<form id="setup">');
    // The wizard's script creates the admin through VAPIX pwdgrp.cgi, nothing else.
    const js = (await call(cam, "/camera/setup.js")).text;
    expect(js).toContain('camos.vapix("/axis-cgi/pwdgrp.cgi", { action: "add"');
    expect(js.match(/\/axis-cgi\/[a-z]+\.cgi/g)).toEqual(["/axis-cgi/pwdgrp.cgi"]);
  });

  it("shows the server's own password rules, and the wizard's POST is the VAPIX call", async () => {
    cam = await startCamera();
    const cfg = (await call(cam, "/camera/config.js")).text;
    const parsed = JSON.parse(cfg.slice(cfg.indexOf("{"), cfg.lastIndexOf("}") + 1));
    expect(parsed.policy).toBe("complexity");
    expect(parsed.rules).toEqual(PASSWORD_CHECKS.complexity);
    for (const pwd of ["password", "Password1", "Pass word1!", "Zz9!abcd", "Ünicode-Pass1"])
      expect(
        parsed.rules.every((r: { pattern: string }) => new RegExp(r.pattern).test(pwd)),
        pwd,
      ).toBe(!checkPassword(pwd, "complexity"));
    // What the browser sends: an urlencoded POST body.
    const body = new URLSearchParams({ action: "add", user: "root", pwd: admin.pwd, grp: "root", sgrp: "admin:operator:viewer:ptz" });
    const r = await call(cam, "/axis-cgi/pwdgrp.cgi", {
      body: body.toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8" },
    });
    expect(r.text.trim()).toBe("Created account root.");
    expect(cam.needsSetup).toBe(false);
    expect((await call(cam, "/camera/setup.html")).headers.location).toBe("/camera/users.html");
  });

  it("serves the pages to authenticated users only, and redirects plain HTTP to HTTPS under HTTPS only", async () => {
    cam = await startCamera();
    await createAdmin(cam);
    for (const secure of [false, true]) {
      expect((await call(cam, "/camera/users.html", { secure })).status).toBe(401);
      const ok = await call(cam, "/camera/network.html", { secure, auth: admin });
      expect([ok.status, ok.text.includes('<form id="params">')]).toEqual([200, true]);
      const sys = await call(cam, "/camera/system.html", { secure, auth: admin });
      expect([sys.status, sys.text.includes('<form id="upload">')]).toEqual([200, true]);
    }
    cam.setParam("Network.HTTP.HTTPSOnly", "yes");
    const moved = await call(cam, "/camera/users.html", { headers: { Host: "camera.lab" } });
    expect([moved.status, moved.headers.location]).toEqual([302, `https://camera.lab:${cam.ports.https}/camera/users.html`]);
    const evil = await call(cam, "/camera/users.html", { headers: { Host: "a/b@evil" } });
    expect(evil.headers.location).toBe(`https://127.0.0.1:${cam.ports.https}/camera/users.html`);
    expect((await call(cam, "/axis-cgi/pwdgrp.cgi?action=get", { auth: admin })).status).toBe(403);
  });
});

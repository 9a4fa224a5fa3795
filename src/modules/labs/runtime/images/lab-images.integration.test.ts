// docker-modem note: query strings go in `options` with a path ending in "?" (it trims a literal query's last char).
// Builds the images, starts a camera and a workstation on an internal network (as the lab runtime would,
// from profile.json) and drives the camera from the workstation's shell tools. Cleans up after itself.
import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import tar from "tar-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containerBody, networkName } from "../container-body";
import { dockerCall, engine } from "../docker-engine";
import { readImageProfile } from "../image-profile";
import { buildLabImages } from "./build-lab-images";
import { IMAGES_DIR, imageTag } from "./image-paths";

const RUN = `camos-it-${process.pid}`;
const NET = networkName(RUN);
const ids: Record<string, string> = {};
const PWD = "Harden-Every-Camera-42";
// Run by the workstation's node: connect, read the device, its media profiles and a stream URI.
const CLIENT = `const { Cam } = require("onvif/promises");
const [user, password] = process.argv.slice(2);
(async () => {
  const cam = new Cam({ hostname: "camera", port: 80, username: user, password, timeout: 5000 });
  await cam.connect();
  const info = await cam.getDeviceInformation();
  const profiles = await cam.getProfiles();
  const stream = await cam.getStreamUri({ protocol: "RTSP", profileToken: profiles[0].$.token });
  console.log(JSON.stringify({ info, profiles: profiles.length, uri: stream.uri }));
})().catch((e) => { console.error(String(e && e.message || e)); process.exit(1); });
`;

/** Created from profile.json exactly as the lab runtime does (read-only root, sized tmpfs and volumes, limits). */
async function startContainer(name: "camera" | "workstation", env: Record<string, string> = {}, as: string = name): Promise<string> {
  const read = await readImageProfile(IMAGES_DIR, name);
  if (!read.ok) throw new Error(read.error);
  const host = { name: as, image: name, tag: `cyberwall/${name}:${imageTag()}`, profile: read.profile, env };
  const spec = { sessionId: RUN, labSlug: "camos-integration", subnet: "", expiresAt: new Date(), hosts: [host] };
  const created = await dockerCall<{ Id: string }>({
    path: "/containers/create?",
    method: "POST",
    options: {
      _query: { name: `${RUN}-${as}` },
      _body: containerBody(spec, host, { "academy.session": RUN, "academy.lab": "camos-integration" }),
    },
  });
  await dockerCall({ path: `/containers/${created.Id}/start`, method: "POST" });
  return created.Id;
}

/** docker exec without a TTY: stdout+stderr and the exit code. */
async function exec(container: string, cmd: string[]): Promise<{ code: number; out: string }> {
  const ex = await dockerCall<{ Id: string }>({
    path: `/containers/${container}/exec`,
    method: "POST",
    options: { Cmd: cmd, AttachStdout: true, AttachStderr: true },
  });
  const modem = engine();
  const out = await new Promise<string>((resolve, reject) => {
    modem.dial(
      {
        path: `/exec/${ex.Id}/start`,
        method: "POST",
        options: { Detach: false, Tty: false },
        isStream: true,
        hijack: true,
        openStdin: false,
        statusCodes: { 200: true, 404: "no such exec", 409: "container not running" },
      } as never,
      (err: unknown, stream: unknown) => {
        if (err) return reject(err);
        const sink = new PassThrough();
        let text = "";
        sink.on("data", (d: Buffer) => (text += d.toString()));
        modem.demuxStream(stream as NodeJS.ReadableStream, sink, sink);
        (stream as NodeJS.ReadableStream).on("end", () => resolve(text));
      },
    );
  });
  const info = await dockerCall<{ ExitCode: number }>({ path: `/exec/${ex.Id}/json`, method: "GET" });
  return { code: info.ExitCode, out };
}
const sh = (container: string, script: string) => exec(container, ["bash", "-c", script]);
// The initial administrator: the first test makes it from the factory state; the others make sure of it,
// so each also passes alone (vitest -t).
const ensureAdmin = () =>
  sh(
    ids.workstation,
    `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=${PWD}&grp=root&sgrp=admin:operator:viewer:ptz'`,
  );

beforeAll(async () => {
  await buildLabImages({ log: () => undefined });
  await dockerCall({
    path: "/networks/create",
    method: "POST",
    options: { Name: NET, Internal: true, Labels: { "academy.session": RUN } },
  });
  ids.camera = await startContainer("camera", { CAMOS_SERIAL: "ACCC8E00C0DE" });
  ids.workstation = await startContainer("workstation");
  for (let i = 0; i < 50; i++) {
    if ((await sh(ids.workstation, "curl -sf http://camera/axis-cgi/systemready.cgi")).code === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
}, 600_000);

afterAll(async () => {
  for (const id of Object.values(ids))
    await dockerCall({ path: `/containers/${id}?`, method: "DELETE", options: { force: true, v: true } }).catch(() => undefined);
  await dockerCall({ path: `/networks/${NET}`, method: "DELETE" }).catch(() => undefined);
}, 60_000);

describe("camera + workstation in real containers", () => {
  it("creates the admin with curl --digest and disables UPnP from the workstation", async () => {
    expect((await sh(ids.workstation, "curl -s http://camera/axis-cgi/systemready.cgi | jq -r .data.needsetup")).out.trim()).toBe("yes");
    expect((await sh(ids.workstation, "curl -s -o /dev/null -w '%{http_code}' 'http://camera/axis-cgi/param.cgi?action=list'")).out).toBe(
      "401",
    );
    const add = await sh(
      ids.workstation,
      `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=${PWD}&grp=root&sgrp=admin:operator:viewer:ptz'`,
    );
    expect(add.out.trim()).toBe("Created account root.");
    expect(
      (
        await sh(
          ids.workstation,
          `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/param.cgi?action=update&Network.UPnP.Enabled=no'`,
        )
      ).out.trim(),
    ).toBe("OK");
    expect(
      (
        await sh(
          ids.workstation,
          `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/param.cgi?action=list&group=Network.UPnP.Enabled'`,
        )
      ).out.trim(),
    ).toBe("root.Network.UPnP.Enabled=no");
    // A scan shows SSH only while it is enabled.
    const scan = `nmap -Pn -p 22 camera | grep -E '^22/tcp'`;
    expect((await sh(ids.workstation, scan)).out).toMatch(/^22\/tcp +closed/);
    await sh(ids.workstation, `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=yes'`);
    expect((await sh(ids.workstation, scan)).out).toMatch(/^22\/tcp +open/);
    // Basic over HTTPS, verified against the vendor chain shipped on the workstation (device ID SAN = hostname).
    const https = await sh(
      ids.workstation,
      `curl -s --cacert /usr/local/share/cyberwall/vendor-chain.pem -u root:${PWD} https://camera/axis-cgi/basicdeviceinfo.cgi | jq -r .data.propertyList.SerialNumber`,
    );
    expect(https.out.trim()).toBe("ACCC8E00C0DE");
  });

  it("records a signed clip that sv-verify reports VALID and chained to the vendor root", async () => {
    await ensureAdmin();
    const r = await sh(
      ids.workstation,
      `cd /tmp && id=$(curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/signedvideo.cgi?action=record&frames=30' | jq -r .data.clipId) && curl -s --digest -u root:${PWD} -o clip.cwsv "http://camera/axis-cgi/signedvideo.cgi?action=export&clip=$id" && sv-verify clip.cwsv`,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/clip.cwsv: VALID\n/);
    expect(r.out).toContain("key chains to vendor root: yes");
    const cut = await sh(ids.workstation, "cd /tmp && grep -v '\"n\":12,' clip.cwsv > cut.cwsv; sv-verify cut.cwsv");
    expect([cut.code, /VALID WITH MISSING FRAMES[\s\S]*missing frames: 12/.test(cut.out)]).toEqual([1, true]);
  });

  it("rejects the tampered firmware sample (fw-inspect and the camera agree)", async () => {
    await ensureAdmin();
    const inspect = await sh(ids.workstation, "fw-inspect ~/firmware/CW-P3265-11.11.94-tampered.cwfw");
    expect(inspect.code).toBe(1);
    expect(inspect.out).toContain("signature: INVALID SIGNATURE");
    const up = await sh(
      ids.workstation,
      `curl -s --digest -u root:${PWD} -w '\\n%{http_code}' -F "file=@$HOME/firmware/CW-P3265-11.11.94-tampered.cwfw" http://camera/axis-cgi/firmwaremanagement.cgi`,
    );
    const [body, code] = [up.out.slice(0, up.out.lastIndexOf("\n")), up.out.slice(up.out.lastIndexOf("\n") + 1)];
    expect(code).toBe("422");
    expect(JSON.parse(body).error.message).toMatch(/signature verification failed/);
    const status = await sh(
      ids.workstation,
      `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/firmwaremanagement.cgi?method=status' | jq -r .data.activeFirmwareVersion`,
    );
    expect(status.out.trim()).toBe("11.11.73");
  });

  // Issue 21.4: a real ONVIF client (the `onvif` npm package, copied into the workstation as an installer's
  // script would bring it) and the workstation's own onvif-probe find and drive the camera container by name.
  it("the onvif npm client and onvif-probe drive the camera container from the workstation", async () => {
    const pack = tar.pack();
    const add = (dir: string, rel = "") => {
      for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const name = path.posix.join(rel, entry.name);
        if (entry.isDirectory()) add(dir, name);
        else if (entry.isFile())
          pack.entry({ name: `onvif-client/node_modules/${name}`, mode: 0o644 }, fs.readFileSync(path.join(dir, name)));
      }
    };
    for (const dep of ["onvif", "xml2js", "sax", "xmlbuilder"]) add("node_modules", dep);
    pack.entry({ name: "onvif-client/drive.cjs", mode: 0o644 }, CLIENT);
    pack.finalize();
    await dockerCall({ path: `/containers/${ids.workstation}/archive?`, method: "PUT", file: pack, options: { path: "/home/learner" } });
    await ensureAdmin();
    const driven = await sh(ids.workstation, `cd ~/onvif-client && node drive.cjs root '${PWD}'`);
    expect(driven.code, driven.out).toBe(0);
    const result = JSON.parse(driven.out) as { info: Record<string, string>; profiles: number; uri: string };
    expect(result.info).toMatchObject({ manufacturer: expect.stringMatching(/\w/), serialNumber: "ACCC8E00C0DE" });
    expect(result.profiles).toBeGreaterThan(0);
    // Like a real device, the stream URI names the camera's own address.
    const ip = (await sh(ids.workstation, "getent hosts camera | cut -d' ' -f1")).out.trim();
    expect(result.uri.startsWith(`rtsp://${ip}:554/`), result.uri).toBe(true);
    // A wrong password is refused by the camera, not by the client.
    expect((await sh(ids.workstation, `cd ~/onvif-client && node drive.cjs root wrong-password`)).code).toBe(1);
    // WS-Discovery: a unicast Probe, answered inside the discovery window with the device service address.
    const probe = await sh(ids.workstation, `onvif-probe --timeout 3000 --user root --password '${PWD}' camera`);
    expect(probe.code, probe.out).toBe(0);
    expect(probe.out).toMatch(/onvif\/device_service/);
    expect(probe.out).toMatch(/ACCC8E00C0DE/);
  });

  // The camera's flash is a sized tmpfs-backed volume: it lives as long as the lab, so a container restart is a
  // fresh device. The "next boot" after tampering is therefore a camera whose first boot finds its OS modified.
  it("camctl moves the camera clock and tampers the OS image; a camera booting a tampered image exits 3", async () => {
    expect((await exec(ids.camera, ["camctl", "clock", "+2h"])).out).toMatch(/^camera clock now .*uptime 72\d\ds/);
    expect((await exec(ids.camera, ["camctl", "tamper-os"])).code).toBe(0);
    ids.tampered = await startContainer("camera", { CAMOS_SERIAL: "ACCC8E00BAD0", CAMOS_TAMPER_OS: "1" }, "tampered");
    let state = { Running: true, ExitCode: 0 };
    for (let i = 0; i < 100 && state.Running; i++) {
      await new Promise((r) => setTimeout(r, 200));
      state = (await dockerCall<{ State: typeof state }>({ path: `/containers/${ids.tampered}/json`, method: "GET" })).State;
    }
    expect(state).toMatchObject({ Running: false, ExitCode: 3 });
  });
});

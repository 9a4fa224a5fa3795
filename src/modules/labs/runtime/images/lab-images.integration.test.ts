// docker-modem note: query strings go in `options` with a path ending in "?" (it trims a literal query's last char).
// Builds the images, starts a camera and a workstation on an internal network (as the lab runtime would,
// from profile.json) and drives the camera from the workstation's shell tools. Cleans up after itself.
import fs from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerCall, engine } from "../docker-engine";
import { buildLabImages } from "./build-lab-images";
import { IMAGES_DIR } from "./image-paths";

const RUN = `camos-it-${process.pid}`;
const NET = `${RUN}-net`;
const ids: Record<string, string> = {};
const PWD = "Harden-Every-Camera-42";

type Profile = { user: string; cmd?: string[]; capAdd: string[]; sysctls: Record<string, string>; readOnlyRootfs: boolean; tmpfs: Record<string, string>; memoryMb: number; pids: number; cpus: number };

async function startContainer(name: "camera" | "workstation", env: string[] = []): Promise<string> {
  const profile: Profile = JSON.parse(fs.readFileSync(path.join(IMAGES_DIR, name, "profile.json"), "utf8"));
  const created = await dockerCall<{ Id: string }>({
    path: "/containers/create?",
    method: "POST",
    options: {
      _query: { name: `${RUN}-${name}` },
      _body: {
        Image: `cyberwall/${name}:current`,
        User: profile.user,
        ...(profile.cmd ? { Cmd: profile.cmd } : {}),
        Hostname: name,
        Env: env,
        Labels: { "academy.session": RUN, "academy.lab": "camos-integration" },
        HostConfig: {
          NetworkMode: NET,
          CapDrop: ["ALL"],
          CapAdd: profile.capAdd,
          SecurityOpt: ["no-new-privileges"],
          Sysctls: profile.sysctls,
          ReadonlyRootfs: profile.readOnlyRootfs,
          Tmpfs: profile.tmpfs,
          Memory: profile.memoryMb * 1024 * 1024,
          PidsLimit: profile.pids,
          NanoCpus: Math.round(profile.cpus * 1e9),
        },
        NetworkingConfig: { EndpointsConfig: { [NET]: { Aliases: [name] } } },
      },
    },
  });
  await dockerCall({ path: `/containers/${created.Id}/start`, method: "POST" });
  return created.Id;
}

/** docker exec without a TTY: stdout+stderr and the exit code. */
async function exec(container: string, cmd: string[]): Promise<{ code: number; out: string }> {
  const ex = await dockerCall<{ Id: string }>({ path: `/containers/${container}/exec`, method: "POST", options: { Cmd: cmd, AttachStdout: true, AttachStderr: true } });
  const modem = engine();
  const out = await new Promise<string>((resolve, reject) => {
    modem.dial({ path: `/exec/${ex.Id}/start`, method: "POST", options: { Detach: false, Tty: false }, isStream: true, hijack: true, openStdin: false, statusCodes: { 200: true, 404: "no such exec", 409: "container not running" } } as never, (err: unknown, stream: unknown) => {
      if (err) return reject(err);
      const sink = new PassThrough();
      let text = "";
      sink.on("data", (d: Buffer) => (text += d.toString()));
      modem.demuxStream(stream as NodeJS.ReadableStream, sink, sink);
      (stream as NodeJS.ReadableStream).on("end", () => resolve(text));
    });
  });
  const info = await dockerCall<{ ExitCode: number }>({ path: `/exec/${ex.Id}/json`, method: "GET" });
  return { code: info.ExitCode, out };
}
const sh = (container: string, script: string) => exec(container, ["bash", "-c", script]);

beforeAll(async () => {
  await buildLabImages({ log: () => undefined });
  await dockerCall({ path: "/networks/create", method: "POST", options: { Name: NET, Internal: true, Labels: { "academy.session": RUN } } });
  ids.camera = await startContainer("camera", ["CAMOS_SERIAL=ACCC8E00C0DE"]);
  ids.workstation = await startContainer("workstation");
  for (let i = 0; i < 50; i++) {
    if ((await sh(ids.workstation, "curl -sf http://camera/axis-cgi/systemready.cgi")).code === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
}, 600_000);

afterAll(async () => {
  for (const id of Object.values(ids)) await dockerCall({ path: `/containers/${id}?`, method: "DELETE", options: { force: true, v: true } }).catch(() => undefined);
  await dockerCall({ path: `/networks/${NET}`, method: "DELETE" }).catch(() => undefined);
}, 60_000);

describe("camera + workstation in real containers", () => {
  it("creates the admin with curl --digest and disables UPnP from the workstation", async () => {
    expect((await sh(ids.workstation, "curl -s http://camera/axis-cgi/systemready.cgi | jq -r .data.needsetup")).out.trim()).toBe("yes");
    expect((await sh(ids.workstation, "curl -s -o /dev/null -w '%{http_code}' 'http://camera/axis-cgi/param.cgi?action=list'")).out).toBe("401");
    const add = await sh(ids.workstation, `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=${PWD}&grp=root&sgrp=admin:operator:viewer:ptz'`);
    expect(add.out.trim()).toBe("Created account root.");
    expect((await sh(ids.workstation, `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/param.cgi?action=update&Network.UPnP.Enabled=no'`)).out.trim()).toBe("OK");
    expect((await sh(ids.workstation, `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/param.cgi?action=list&group=Network.UPnP.Enabled'`)).out.trim()).toBe("root.Network.UPnP.Enabled=no");
    // A scan shows SSH only while it is enabled.
    const scan = `nmap -Pn -p 22 camera | grep -E '^22/tcp'`;
    expect((await sh(ids.workstation, scan)).out).toMatch(/^22\/tcp +closed/);
    await sh(ids.workstation, `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/param.cgi?action=update&Network.SSH.Enabled=yes'`);
    expect((await sh(ids.workstation, scan)).out).toMatch(/^22\/tcp +open/);
    // Basic over HTTPS, verified against the vendor chain shipped on the workstation (device ID SAN = hostname).
    const https = await sh(ids.workstation, `curl -s --cacert /usr/local/share/cyberwall/vendor-chain.pem -u root:${PWD} https://camera/axis-cgi/basicdeviceinfo.cgi | jq -r .data.propertyList.SerialNumber`);
    expect(https.out.trim()).toBe("ACCC8E00C0DE");
  });

  it("records a signed clip that sv-verify reports VALID and chained to the vendor root", async () => {
    const r = await sh(ids.workstation, `cd /tmp && id=$(curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/signedvideo.cgi?action=record&frames=30' | jq -r .data.clipId) && curl -s --digest -u root:${PWD} -o clip.cwsv "http://camera/axis-cgi/signedvideo.cgi?action=export&clip=$id" && sv-verify clip.cwsv`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/clip.cwsv: VALID\n/);
    expect(r.out).toContain("key chains to vendor root: yes");
    const cut = await sh(ids.workstation, "cd /tmp && grep -v '\"n\":12,' clip.cwsv > cut.cwsv; sv-verify cut.cwsv");
    expect([cut.code, /VALID WITH MISSING FRAMES[\s\S]*missing frames: 12/.test(cut.out)]).toEqual([1, true]);
  });

  it("rejects the tampered firmware sample (fw-inspect and the camera agree)", async () => {
    const inspect = await sh(ids.workstation, "fw-inspect ~/firmware/CW-P3265-11.11.94-tampered.cwfw");
    expect(inspect.code).toBe(1);
    expect(inspect.out).toContain("signature: INVALID SIGNATURE");
    const up = await sh(ids.workstation, `curl -s --digest -u root:${PWD} -w '\\n%{http_code}' -F "file=@$HOME/firmware/CW-P3265-11.11.94-tampered.cwfw" http://camera/axis-cgi/firmwaremanagement.cgi`);
    const [body, code] = [up.out.slice(0, up.out.lastIndexOf("\n")), up.out.slice(up.out.lastIndexOf("\n") + 1)];
    expect(code).toBe("422");
    expect(JSON.parse(body).error.message).toMatch(/signature verification failed/);
    const status = await sh(ids.workstation, `curl -s --digest -u root:${PWD} 'http://camera/axis-cgi/firmwaremanagement.cgi?method=status' | jq -r .data.activeFirmwareVersion`);
    expect(status.out.trim()).toBe("11.11.73");
  });

  it("camctl moves the camera clock; a tampered OS image stops the camera at the next boot (exit 3)", async () => {
    expect((await exec(ids.camera, ["camctl", "clock", "+2h"])).out).toMatch(/^camera clock now .*uptime 72\d\ds/);
    expect((await exec(ids.camera, ["camctl", "tamper-os"])).code).toBe(0);
    await dockerCall({ path: `/containers/${ids.camera}/restart?`, method: "POST", options: { t: 2 } });
    let state = { Running: true, ExitCode: 0 };
    for (let i = 0; i < 50 && state.Running; i++) {
      await new Promise((r) => setTimeout(r, 200));
      state = (await dockerCall<{ State: typeof state }>({ path: `/containers/${ids.camera}/json`, method: "GET" })).State;
    }
    expect(state).toMatchObject({ Running: false, ExitCode: 3 });
  });
});

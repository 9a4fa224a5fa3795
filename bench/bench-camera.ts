// npm run bench:camera — CamOS boot-to-systemready and boot CPU (the bundle compiled at start = before, the
// image's boot.cjs with its baked V8 code cache = after), idle RSS, and param.cgi update, apidiscovery getApiList
// and ONVIF GetDeviceInformation latency (medians), each next to a baseline measured in the same run (a bare
// Node HTTP server), plus the same camera in Docker when the image is built.
// Targets: boot <= 300 ms, idle RSS <= 40 MB, each request <= 5 ms.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { writeFactoryDir } from "../labs/images/firmware/write-factory-dir";
import { cpuMs, digestFor, onvifEnvelope, request } from "./camera-requests";
import { dockerCall } from "../src/modules/labs/runtime/docker-engine";
import { imageTag } from "../src/modules/labs/runtime/images/image-paths";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 400);
const PWD = "Harden-Every-Camera-42";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-camera-"));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function get(
  port: number,
  target: string,
  headers: Record<string, string> = {},
  host = "127.0.0.1",
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host, port, path: target, headers, agent: host === "127.0.0.1" ? keepAlive : false, timeout: 1000 }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("timeout")));
  });
}
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

async function waitReady(port: number, target: string, host = "127.0.0.1", timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await get(port, target, {}, host)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`not ready on ${host}:${port}${target}`);
    await sleep(2);
  }
}

/** VmRSS and RssAnon (memory private to the process; file pages of node itself are shared page cache). */
function memMb(pid: number): { rss: number; anon: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb("VmRSS"), anon: kb("RssAnon") };
}

async function boot(
  cmd: string[],
  env: Record<string, string>,
  port: number,
  target: string,
): Promise<{ child: ChildProcess; ms: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, cmd, { env: { ...process.env, ...env }, stdio: "ignore" });
  await waitReady(port, target);
  return { child, ms: performance.now() - t0 };
}
const stop = (child: ChildProcess) => new Promise<void>((r) => (child.once("exit", () => r()), child.kill("SIGTERM")));

async function digestHeader(port: number, target: string): Promise<string> {
  const chal = ([] as string[]).concat((await get(port, target)).headers["www-authenticate"] ?? []).find((c) => c.includes("SHA-256"))!;
  const p = Object.fromEntries([...chal.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const h = (s: string) => createHash("sha256").update(s).digest("hex");
  const cnonce = randomBytes(8).toString("hex");
  const resp = h(`${h(`root:${p.realm}:${PWD}`)}:${p.nonce}:00000001:${cnonce}:auth:${h(`GET:${target}`)}`);
  return `Digest username="root", realm="${p.realm}", nonce="${p.nonce}", uri="${target}", algorithm=SHA-256, qop=auth, nc=00000001, cnonce="${cnonce}", response="${resp}"`;
}

async function main() {
  const bundle = path.join(work, "camos.js");
  await build({
    entryPoints: ["labs/images/camera/src/main.ts"],
    outfile: bundle,
    bundle: true,
    platform: "node",
    target: "node18",
    format: "cjs",
    minify: true,
    logLevel: "error",
  });
  writeFactoryDir(path.join(work, "factory"), fs.readFileSync(bundle));
  // The image's launcher and its code cache, made the way the image build makes it.
  const bootJs = "labs/images/camera/rootfs/opt/camos/boot.cjs";
  const cacheEnv = { CAMOS_BUNDLE: bundle, CAMOS_FACTORY_DIR: path.join(work, "factory") };
  await new Promise<void>((resolve, reject) =>
    spawn(process.execPath, ["--max-semi-space-size=1", bootJs, "--make-cache"], {
      env: { ...process.env, ...cacheEnv },
      stdio: "inherit",
    }).once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`make-cache exited ${code}`)))),
  );
  const baseline = path.join(work, "bare.js");
  fs.writeFileSync(
    baseline,
    `require("http").createServer((q, s) => { s.setHeader("Content-Type", "application/json"); s.end('{"systemready":"yes"}'); }).listen(Number(process.env.PORT), "127.0.0.1");`,
  );

  const camEnv = async (stateDir: string) => ({
    CAMOS_STATE_DIR: stateDir,
    CAMOS_FACTORY_DIR: path.join(work, "factory"),
    CAMOS_LISTEN: "127.0.0.1",
    CAMOS_HTTP_PORT: String(await freePort()),
    CAMOS_HTTPS_PORT: String(await freePort()),
    CAMOS_SSDP_PORT: "0",
    CAMOS_MDNS_PORT: "0",
    CAMOS_WSD_PORT: "0",
    CAMOS_CONTROL_SOCKET: path.join(work, "ctl.sock"),
    CAMOS_QUIET: "1",
    CAMOS_HOSTNAME: "camera",
  });
  const ready = "/axis-cgi/systemready.cgi";

  // Boot to systemready: first boot (device ID provisioning) once per run, then restarts on existing state.
  const first: number[] = [];
  const restart: number[] = [];
  const bare: number[] = [];
  const cpu = { before: [] as number[], after: [] as number[], bare: [] as number[], afterMs: [] as number[] };
  let camMem = { rss: 0, anon: 0 };
  let bareMem = { rss: 0, anon: 0 };
  for (let i = 0; i < RUNS; i++) {
    const state = path.join(work, `state-${i}`);
    const env = await camEnv(state);
    const a = await boot([bundle], env, Number(env.CAMOS_HTTP_PORT), ready);
    first.push(a.ms);
    await stop(a.child);
    const b = await boot([bundle], env, Number(env.CAMOS_HTTP_PORT), ready);
    restart.push(b.ms);
    cpu.before.push(cpuMs(b.child.pid!));
    if (i === RUNS - 1) {
      await sleep(2000);
      camMem = memMb(b.child.pid!);
    }
    await stop(b.child);
    const d = await boot([bootJs], { ...env, CAMOS_BUNDLE: bundle }, Number(env.CAMOS_HTTP_PORT), ready);
    cpu.after.push(cpuMs(d.child.pid!));
    cpu.afterMs.push(d.ms);
    await stop(d.child);
    const port = await freePort();
    const c = await boot([baseline], { PORT: String(port) }, port, "/");
    bare.push(c.ms);
    cpu.bare.push(cpuMs(c.child.pid!));
    if (i === RUNS - 1) {
      await sleep(2000);
      bareMem = memMb(c.child.pid!);
    }
    await stop(c.child);
  }

  // param.cgi update (authenticated with Digest SHA-256) vs a bare GET, sequential, keep-alive.
  const env = await camEnv(path.join(work, "state-latency"));
  const port = Number(env.CAMOS_HTTP_PORT);
  const cam = await boot([bundle], env, port, ready);
  await get(port, `/axis-cgi/pwdgrp.cgi?action=add&user=root&pwd=${PWD}&grp=root&sgrp=admin:operator:viewer:ptz`);
  const updates: number[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const target = `/axis-cgi/param.cgi?action=update&Network.UPnP.Enabled=${i % 2 ? "yes" : "no"}`;
    const auth = await digestHeader(port, target); // challenge round trip not timed (a client caches it)
    const t0 = performance.now();
    const r = await get(port, target, { Authorization: auth });
    updates.push(performance.now() - t0);
    if (r.body.trim() !== "OK") throw new Error(`update failed: ${r.body}`);
  }
  // apidiscovery getApiList (Digest) and ONVIF GetDeviceInformation (UsernameToken digest), as a VMS asks them.
  const discovery: number[] = [];
  const onvif: number[] = [];
  const apiBody = JSON.stringify({ apiVersion: "1.0", context: "bench", method: "getApiList" });
  for (let i = 0; i < UPDATES; i++) {
    const target = "/axis-cgi/apidiscovery.cgi";
    const auth = await digestFor(port, "POST", target, "root", PWD, keepAlive);
    let t0 = performance.now();
    const r = await request(port, "POST", target, { Authorization: auth, "Content-Type": "application/json" }, apiBody, keepAlive);
    discovery.push(performance.now() - t0);
    if (!r.body.includes('"apiList"')) throw new Error(`getApiList failed: ${r.body}`);
    const soap = onvifEnvelope("GetDeviceInformation", "root", PWD);
    t0 = performance.now();
    const o = await request(port, "POST", "/onvif/device_service", { "Content-Type": "application/soap+xml" }, soap, keepAlive);
    onvif.push(performance.now() - t0);
    if (!o.body.includes("<tds:Manufacturer>")) throw new Error(`GetDeviceInformation failed: ${o.body}`);
  }
  await stop(cam.child);
  const barePort = await freePort();
  const bareSrv = await boot([baseline], { PORT: String(barePort) }, barePort, "/");
  const bareReq: number[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const t0 = performance.now();
    await get(barePort, "/");
    bareReq.push(performance.now() - t0);
  }
  await stop(bareSrv.child);

  const rows: [string, number, number, number, string][] = [
    ["boot to systemready, restart (ms)", median(restart), median(bare), 300, "ms"],
    ["boot to systemready, first boot (ms)", median(first), median(bare), 300, "ms"],
    ["restart via boot.cjs + code cache (ms)", median(cpu.afterMs), median(bare), 300, "ms"],
    ["boot CPU, bundle compiled at start (ms)", median(cpu.before), median(cpu.bare), 90, "ms"],
    ["boot CPU, boot.cjs + code cache (ms)", median(cpu.after), median(cpu.bare), 90, "ms"],
    ["idle RSS (MB)", camMem.rss, bareMem.rss, 40, "MB"],
    ["idle RssAnon, private memory (MB)", camMem.anon, bareMem.anon, 40, "MB"],
    ["param.cgi update (ms)", median(updates), median(bareReq), 5, "ms"],
    ["apidiscovery getApiList (ms)", median(discovery), median(bareReq), 5, "ms"],
    ["ONVIF GetDeviceInformation (ms)", median(onvif), median(bareReq), 5, "ms"],
  ];
  console.log(`CamOS benchmark, node ${process.version}, ${RUNS} boots, ${UPDATES} updates (medians; baseline = bare node http server)`);
  console.log(`${"metric".padEnd(38)} ${"camera".padStart(9)} ${"baseline".padStart(9)} ${"ratio".padStart(7)} ${"target".padStart(8)}`);
  for (const [name, v, b, target] of rows) {
    console.log(
      `${name.padEnd(38)} ${v.toFixed(2).padStart(9)} ${b.toFixed(2).padStart(9)} ${(v / b).toFixed(2).padStart(6)}x ${`<= ${target}`.padStart(8)} ${v <= target ? "ok" : "MISSED"}`,
    );
  }
  await dockerFigures().catch((e) => console.log(`docker: skipped (${(e as Error).message})`));
  fs.rmSync(work, { recursive: true, force: true });
}

/** The same camera as a container (image cyberwall/camera:<LAB_IMAGE_TAG>): start-to-systemready and memory, next to
 * a bare node HTTP server in cyberwall/base (the image's own Node 18 runtime). */
async function dockerFigures() {
  const bare = await dockerContainerFigures(
    `cyberwall/base:${imageTag()}`,
    ["node", "-e", `require("http").createServer((q,s)=>s.end("{}")).listen(80)`],
    "/",
    { user: "root", sysctls: {}, readOnlyRootfs: false, tmpfs: {}, memoryMb: 96, pids: 64 },
  );
  const cam = await dockerContainerFigures(
    `cyberwall/camera:${imageTag()}`,
    undefined,
    "/axis-cgi/systemready.cgi",
    JSON.parse(fs.readFileSync("labs/images/camera/profile.json", "utf8")),
  );
  console.log("in Docker (the images' Node 18):");
  const row = (name: string, v: number, b: number, target?: number) =>
    console.log(
      `${name.padEnd(38)} ${v.toFixed(2).padStart(9)} ${b.toFixed(2).padStart(9)} ${(v / b).toFixed(2).padStart(6)}x ${target ? `<= ${target}`.padStart(8) : "".padStart(8)} ${target ? (v <= target ? "ok" : "MISSED") : ""}`,
    );
  row("create+start to ready, first boot (ms)", cam.ms, bare.ms);
  row("idle RSS (MB)", cam.rss, bare.rss, 40);
  row("idle RssAnon, private memory (MB)", cam.anon, bare.anon, 40);
  row("cgroup memory without cache (MB)", cam.cgroup, bare.cgroup, 40);
}

type ProfileLike = {
  user: string;
  sysctls: Record<string, string>;
  readOnlyRootfs: boolean;
  tmpfs: Record<string, string>;
  memoryMb: number;
  pids: number;
};
async function dockerContainerFigures(image: string, cmd: string[] | undefined, readyPath: string, profile: ProfileLike) {
  const times: number[] = [];
  let cgroup = 0;
  let mem = { rss: 0, anon: 0 };
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const { Id } = await dockerCall<{ Id: string }>({
      path: "/containers/create?",
      method: "POST",
      options: {
        _body: {
          Image: image,
          ...(cmd ? { Cmd: cmd } : {}),
          User: profile.user,
          Labels: { "academy.lab": "bench-camera" },
          HostConfig: {
            CapDrop: ["ALL"],
            SecurityOpt: ["no-new-privileges"],
            Sysctls: profile.sysctls,
            ReadonlyRootfs: profile.readOnlyRootfs,
            Tmpfs: profile.tmpfs,
            Memory: profile.memoryMb * 1048576,
            PidsLimit: profile.pids,
          },
        },
      },
    });
    try {
      await dockerCall({ path: `/containers/${Id}/start`, method: "POST" });
      const info = await dockerCall<{ State: { Pid: number }; NetworkSettings: { IPAddress: string } }>({
        path: `/containers/${Id}/json`,
        method: "GET",
      });
      await waitReady(80, readyPath, info.NetworkSettings.IPAddress);
      times.push(performance.now() - t0);
      if (i === 4) {
        await sleep(3000);
        const stats = await dockerCall<{ memory_stats: { usage: number; stats?: { cache?: number; total_inactive_file?: number } } }>({
          path: `/containers/${Id}/stats?`,
          method: "GET",
          options: { stream: false },
        });
        cgroup =
          (stats.memory_stats.usage - (stats.memory_stats.stats?.total_inactive_file ?? stats.memory_stats.stats?.cache ?? 0)) / 1048576;
        mem = memMb(info.State.Pid); // the container's node process, seen from the host
      }
    } finally {
      await dockerCall({ path: `/containers/${Id}?`, method: "DELETE", options: { force: true, v: true } });
    }
  }
  return { ms: median(times), ...mem, cgroup };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

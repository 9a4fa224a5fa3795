import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerCall } from "./docker-engine";
import { ensureFixtureImage } from "./build-fixture-image";
import { readImageProfile } from "./image-profile";
import type { HostSpec, LabRuntime } from "./lab-runtime";
import { createSwarmLabRuntime } from "./swarm-lab-runtime";
import { readSwarmConfig, type SwarmConfig } from "./swarm/read-swarm-config";
import { FIXTURE_LABS_DIR } from "../lab-config";

// A real two-node Swarm (scripts/lab-cluster.sh, dockerds in network namespaces on this machine): placement
// across nodes, exec and copies through the task's node, isolation of a session, and nothing left on destroy.
const cluster = (...args: string[]) => execFileSync("bash", ["scripts/lab-cluster.sh", ...args], { encoding: "utf8" });
const owner = `swarm-test-${process.pid}`;
const a = `sw${Date.now().toString(36)}a`;
const b = `sw${Date.now().toString(36)}b`;
let config: SwarmConfig;
let runtime: LabRuntime;
let hosts: HostSpec[];

type Task = { NodeID: string; Status: { State: string; ContainerStatus: { ContainerID: string } } };
const labelled = (sessionId: string) => JSON.stringify({ label: [`academy.session=${sessionId}`] });
const sh = (sessionId: string, host: string, script: string) =>
  runtime.exec(sessionId, host, { cmd: ["sh", "-c", script], timeoutMs: 10_000 });
/** A TCP connect from bash: "refused" proves the address answers; unreachable or a timeout, that it does not. */
const connect = async (target: string, session = a, host = "workstation") => {
  const [name, port] = target.split(":");
  const r = await runtime.exec(session, host, {
    cmd: ["timeout", "3", "bash", "-c", `exec 3<>/dev/tcp/${name}/${port}`],
    timeoutMs: 10_000,
  });
  return `${r.stdout}${r.stderr} exit=${r.exitCode}`;
};

beforeAll(async () => {
  await ensureFixtureImage();
  cluster("up", "2");
  const env = Object.fromEntries([...cluster("env").matchAll(/^export (\w+)=(.*)$/gmu)].map((m) => [m[1], m[2]]));
  config = readSwarmConfig(env);
  runtime = createSwarmLabRuntime(owner, undefined, config);
  const spec = async (name: string, image: string): Promise<HostSpec> => {
    const p = await readImageProfile(`${FIXTURE_LABS_DIR}/images`, image);
    if (!p.ok) throw new Error(p.error);
    return { name, image, tag: p.tag, profile: p.profile, env: { GREETING: "hello" } };
  };
  hosts = [await spec("workstation", "fixture-workstation"), await spec("server", "fixture-server")];
}, 300_000);
afterAll(async () => {
  for (const id of [a, b]) await runtime?.destroy(id).catch(() => undefined);
  cluster("down");
}, 120_000);

describe("swarm lab runtime", () => {
  it("provisions a session as an internal overlay and one locked-down service per host, on both nodes", async () => {
    const events: string[] = [];
    const expiresAt = new Date(Date.now() + 120_000);
    await runtime.provision({ sessionId: a, labSlug: "swarm", subnet: "10.251.64.0/28", expiresAt, hosts }, (e) =>
      events.push(`${e.done}/${e.total} ${e.message}`),
    );
    expect(events.at(-1)).toBe("6/6 All hosts running");
    const network = await dockerCall<{ Driver: string; Internal: boolean; Attachable: boolean }>(
      { path: `/networks/academy-${a}`, method: "GET" },
      config.manager,
    );
    expect(network).toMatchObject({ Driver: "overlay", Internal: true, Attachable: true });
    const tasks = await dockerCall<Task[]>({ path: "/tasks?", method: "GET", options: { filters: labelled(a) } }, config.manager);
    expect(tasks.map((t) => t.Status.State)).toEqual(["running", "running"]);
    expect(new Set(tasks.map((t) => t.NodeID)).size).toBe(2);
    type Service = {
      Spec: {
        TaskTemplate: {
          Resources: { Limits: Record<string, number>; Reservations: Record<string, number> };
          RestartPolicy: { Condition: string };
        };
      };
    };
    const ws = await dockerCall<Service>({ path: `/services/academy-${a}-workstation`, method: "GET" }, config.manager);
    const { Limits, Reservations } = ws.Spec.TaskTemplate.Resources;
    expect(Limits).toEqual({ NanoCPUs: 5e8, MemoryBytes: 64 * 1024 * 1024, Pids: 64 });
    expect(Reservations).toEqual({ NanoCPUs: 5e8, MemoryBytes: 64 * 1024 * 1024 });
    expect(ws.Spec.TaskTemplate.RestartPolicy.Condition).toBe("none");
  });

  it("execs through the task's node with the hardening of the single engine", async () => {
    const r = await sh(
      a,
      "workstation",
      'id -u; echo "$GREETING"; grep -E "^(CapEff|NoNewPrivs)" /proc/self/status; touch /etc/x 2>/dev/null || echo ro; cat /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/memory/memory.limit_in_bytes; ps -o comm= -p 1; ls /var/run/docker.sock 2>&1 | grep -c "No such"',
    );
    expect(r.stdout.split("\n").filter(Boolean)).toEqual([
      "1000",
      "hello",
      "CapEff:\t0000000000000000",
      "NoNewPrivs:\t1",
      "ro",
      "64",
      String(64 * 1024 * 1024),
      "docker-init",
      "1",
    ]);
    const tmp = await sh(a, "server", 'echo ok > /tmp/x && cat /tmp/x && stat -f -c "%b %S" /tmp');
    const [ok, blocks, size] = tmp.stdout.split(/\s+/u);
    expect([ok, Number(blocks) * Number(size)]).toEqual(["ok", 8 * 1024 * 1024]);
  });

  it("resolves and reaches hosts across nodes; copies files between nodes; opens a terminal", async () => {
    expect(await connect("server:9")).toMatch(/refused/u);
    await sh(a, "workstation", "echo notes > ~/notes.txt");
    const copied = await runtime.copyFiles(a, "workstation", "server", {
      sources: [{ source: "/home/learner/notes.txt", as: "notes.txt" }],
      dest: "/var/lib/server",
      uid: 1000,
      maxBytes: 1 << 20,
    });
    expect(copied.found).toEqual(["notes.txt"]);
    expect((await sh(a, "server", "cat /var/lib/server/notes.txt")).stdout).toBe("notes\n");
    const term = await runtime.openTerminal(a, "server", { user: "learner", cmd: ["bash", "--norc", "-i"], cols: 80, rows: 24 });
    let out = "";
    term.stream.on("data", (c: Buffer) => (out += c.toString()));
    term.stream.write("echo mark-$((6*7))\n");
    await expect.poll(() => out, { timeout: 5000 }).toMatch(/mark-42/u);
    term.close();
  });

  it("reaches no egress, no host, no node's engine or swarm port, no registry and no other session", async () => {
    await runtime.provision(
      { sessionId: b, labSlug: "swarm", subnet: "10.251.64.16/28", expiresAt: new Date(Date.now() + 120_000), hosts: [hosts[1]] },
      () => undefined,
    );
    const other = (await runtime.exec(b, "server", { cmd: ["ip", "-4", "-o", "addr", "show", "eth0"] })).stdout;
    const otherIp = /inet (10\.251\.64\.\d+)/u.exec(other)![1];
    expect((await sh(a, "workstation", "ip route")).stdout).not.toMatch(/default/u);
    const hostIp = execFileSync("sh", ["-c", "ip -4 -o route get 1.1.1.1 | sed -E 's/.* src ([0-9.]+).*/\\1/'"], {
      encoding: "utf8",
    }).trim();
    for (const target of [
      "1.1.1.1:80",
      `${hostIp}:2024`,
      "10.251.0.1:5000",
      "10.251.0.2:2377",
      "10.251.0.3:2377",
      `${otherIp}:9`,
      "server-b:9",
    ])
      expect(await connect(target), target).not.toMatch(/refused|exit=0/u);
    // The other session's host is reachable from its own session, so the check above can fail.
    expect(await connect("server:9", b, "server")).toMatch(/refused/u);
  });

  it("destroys a session without leaving a service, container, network or volume on any node", async () => {
    const t0 = Date.now();
    await runtime.destroy(a);
    console.log(`destroy took ${Date.now() - t0} ms`);
    await runtime.destroy(a); // idempotent
    expect((await runtime.listLabelled()).map((l) => l.sessionId)).toEqual([b]);
    const filters = labelled(a);
    expect(await dockerCall<unknown[]>({ path: "/services?", method: "GET", options: { filters } }, config.manager)).toEqual([]);
    expect(await dockerCall<unknown[]>({ path: "/networks?", method: "GET", options: { filters } }, config.manager)).toEqual([]);
    for (const m of config.nodes.values()) {
      expect(await dockerCall<unknown[]>({ path: "/containers/json?", method: "GET", options: { all: true, filters } }, m)).toEqual([]);
      expect(
        (await dockerCall<{ Volumes: unknown[] | null }>({ path: "/volumes?", method: "GET", options: { filters } }, m)).Volumes ?? [],
      ).toEqual([]);
    }
    expect((await runtime.engineCapacity()).cpus).toBeGreaterThan(0);
  }, 120_000);
});

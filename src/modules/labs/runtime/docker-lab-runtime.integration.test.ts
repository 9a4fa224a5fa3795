import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerCall } from "./docker-engine";
import { ensureFixtureImage } from "./build-fixture-image";
import { createDockerLabRuntime, containerName, networkName } from "./docker-lab-runtime";
import { createDockerWorkScheduler } from "./schedule-docker-work";
import { readImageProfile } from "./image-profile";
import type { HostSpec } from "./lab-runtime";
import { FIXTURE_LABS_DIR } from "../lab-config";

// Real Docker: a session's network and hosts get the limits and labels the design promises, and vanish on destroy.
const owner = `test-${process.pid}-${Date.now()}`;
const runtime = createDockerLabRuntime(owner);
const sessionId = `rt${Date.now().toString(36)}${process.pid}`;
const subnet = `10.213.${200 + (process.pid % 50)}.0/28`;
let hosts: HostSpec[];

type Inspect = {
  Config: { Labels: Record<string, string>; User: string };
  HostConfig: Record<string, unknown>;
  NetworkSettings: { Ports: Record<string, unknown> | null };
};

beforeAll(async () => {
  await ensureFixtureImage();
  const spec = async (name: string, image: string): Promise<HostSpec> => {
    const p = await readImageProfile(`${FIXTURE_LABS_DIR}/images`, image);
    if (!p.ok) throw new Error(p.error);
    return { name, image, tag: p.tag, profile: p.profile, env: { GREETING: "hello" } };
  };
  hosts = [await spec("workstation", "fixture-workstation"), await spec("server", "fixture-server")];
});
afterAll(() => runtime.destroy(sessionId));

describe("docker lab runtime", () => {
  it("provisions an internal network and locked-down hosts, reporting progress", async () => {
    const events: string[] = [];
    const started: string[] = [];
    // The terminal host listed last still starts first: the learner's shell does not wait for the others.
    const spec = { sessionId, labSlug: "terminal-basics", subnet, expiresAt: new Date(Date.now() + 60_000), hosts: [...hosts].reverse() };
    await runtime.provision(spec, (e) => {
      events.push(`${e.done}/${e.total} ${e.message}`);
      if (e.started) started.push(e.started);
    });
    expect(events.at(-1)).toBe("6/6 All hosts running");
    expect(started).toEqual(["workstation", "server"]);

    const network = await dockerCall<{ Internal: boolean; IPAM: { Config: { Subnet: string }[] }; Labels: Record<string, string> }>({
      path: `/networks/${networkName(sessionId)}`,
      method: "GET",
    });
    expect(network.Internal).toBe(true);
    expect(network.IPAM.Config[0].Subnet).toBe(subnet);
    expect(network.Labels["academy.session"]).toBe(sessionId);

    const ws = await dockerCall<Inspect>({ path: `/containers/${containerName(sessionId, "workstation")}/json`, method: "GET" });
    expect(ws.Config.Labels).toMatchObject({ "academy.session": sessionId, "academy.lab": "terminal-basics", "academy.owner": owner });
    expect(new Date(ws.Config.Labels["academy.expires"]).getTime()).toBeGreaterThan(Date.now());
    expect(ws.Config.User).toBe("learner");
    expect(ws.HostConfig).toMatchObject({
      Privileged: false,
      CapDrop: ["ALL"],
      ReadonlyRootfs: true,
      Memory: 64 * 1024 * 1024,
      MemorySwap: 64 * 1024 * 1024,
      PidsLimit: 64,
      NanoCpus: 5e8,
    });
    expect(ws.HostConfig.SecurityOpt).toContain("no-new-privileges:true");
    expect(ws.HostConfig.Binds ?? []).toEqual([]);
    expect(Object.keys(ws.NetworkSettings.Ports ?? {})).toEqual([]);
  });

  it("runs commands as the unprivileged user with the session's env and a read-only root", async () => {
    const id = await runtime.exec(sessionId, "workstation", {
      cmd: ["sh", "-c", 'id -u; echo "$GREETING"; touch /etc/x 2>&1 || echo ro; echo err >&2; exit 3'],
    });
    expect(id.stdout.split("\n").slice(0, 2)).toEqual(["1000", "hello"]);
    expect(id.stdout).toMatch(/ro/u);
    expect(id.stderr).toMatch(/err/u);
    expect(id.exitCode).toBe(3);
    const slow = await runtime.exec(sessionId, "workstation", { cmd: ["sleep", "10"], timeoutMs: 1000 });
    expect(slow.timedOut).toBe(true);
  });

  it("gives a TTY terminal that can be resized", async () => {
    const term = await runtime.openTerminal(sessionId, "workstation", {
      user: "learner",
      cmd: ["bash", "--norc", "-i"],
      cols: 100,
      rows: 30,
    });
    let out = "";
    term.stream.on("data", (c: Buffer) => (out += c.toString()));
    await term.resize(132, 40);
    term.stream.write("stty size; echo mark-$((6*7))\n");
    await expect.poll(() => out, { timeout: 5000 }).toMatch(/40 132[\s\S]*mark-42/u);
    term.close();
  });

  it("lists what it labelled and destroys all of it", async () => {
    const listed = await runtime.listLabelled();
    expect(listed.find((l) => l.sessionId === sessionId)).toMatchObject({
      containers: expect.arrayContaining([expect.any(String)]),
      networks: [expect.any(String)],
    });
    expect(listed.find((l) => l.sessionId === sessionId)!.containers).toHaveLength(2);
    await runtime.destroy(sessionId);
    await runtime.destroy(sessionId); // idempotent
    expect((await runtime.listLabelled()).find((l) => l.sessionId === sessionId)).toBeUndefined();
    const volumes = await dockerCall<{ Volumes: unknown[] | null }>({
      path: "/volumes?",
      method: "GET",
      options: { filters: JSON.stringify({ label: [`academy.session=${sessionId}`] }) },
    });
    expect(volumes.Volumes ?? []).toEqual([]);
  });

  it("under a burst, every lab's terminal host starts before any other host, the rest in order of arrival", async () => {
    // One engine call at a time makes the order exact; the default allows a few.
    const burst = createDockerLabRuntime(owner, createDockerWorkScheduler(1));
    const ids = ["a", "b", "c"].map((x) => `${sessionId}${x}`);
    const order: string[] = [];
    try {
      await Promise.all(
        ids.map((id, i) =>
          burst.provision(
            {
              sessionId: id,
              labSlug: "early-shell",
              subnet: subnet.replace(/\.0\/28$/u, `.${16 * (i + 1)}/28`),
              expiresAt: new Date(Date.now() + 60_000),
              hosts,
            },
            (e) => void (e.started && order.push(`${e.started} ${id.slice(-1)}`)),
          ),
        ),
      );
      expect(order).toEqual(["workstation a", "workstation b", "workstation c", "server a", "server b", "server c"]);
    } finally {
      await Promise.all(ids.map((id) => burst.destroy(id)));
    }
  });
});

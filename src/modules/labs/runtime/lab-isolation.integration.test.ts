import { execFileSync } from "node:child_process";
import net from "node:net";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dockerCall } from "./docker-engine";
import { ensureFixtureImage } from "./build-fixture-image";
import { containerName, createDockerLabRuntime } from "./docker-lab-runtime";
import { readImageProfile } from "./image-profile";
import type { HostSpec } from "./lab-runtime";
import { FIXTURE_LABS_DIR } from "../lab-config";

// Security properties of a lab, each asserted against real containers: what a learner's shell can reach,
// and what a hostile one can do to its neighbours.
const runtime = createDockerLabRuntime(`isolation-${process.pid}-${Date.now()}`);
const base = 150 + (process.pid % 40);
const labs = {
  a: { id: `isoa${process.pid}${Date.now()}`, subnet: `10.213.${base}.0/28` },
  b: { id: `isob${process.pid}${Date.now()}`, subnet: `10.213.${base}.16/28` },
};
const hostListener = net.createServer((s) => {
  connections++;
  s.destroy();
});
let connections = 0;
let port = 0;

async function hosts(): Promise<HostSpec[]> {
  const spec = async (name: string, image: string) => {
    const p = await readImageProfile(`${FIXTURE_LABS_DIR}/images`, image);
    if (!p.ok) throw new Error(p.error);
    return { name, image, tag: p.tag, profile: p.profile, env: {} };
  };
  return [await spec("workstation", "fixture-workstation"), await spec("server", "fixture-server")];
}

/** Tries a TCP connection from inside a lab; "refused" proves the packet arrived, a timeout that it was dropped. */
async function probe(sessionId: string, ip: string, p: number): Promise<"connected" | "refused" | "blocked"> {
  const r = await runtime.exec(sessionId, "workstation", {
    cmd: ["bash", "-c", `timeout 1.5 bash -c 'exec 3<>/dev/tcp/${ip}/${p}' 2>&1; echo "exit=$?"`],
    timeoutMs: 6000,
  });
  if (/exit=0/u.test(r.stdout)) return "connected";
  return /refused/iu.test(r.stdout) ? "refused" : "blocked";
}

const ipOf = async (sessionId: string, host: string) =>
  Object.values(
    (
      await dockerCall<{ NetworkSettings: { Networks: Record<string, { IPAddress: string }> } }>({
        path: `/containers/${containerName(sessionId, host)}/json`,
        method: "GET",
      })
    ).NetworkSettings.Networks,
  )[0].IPAddress;

beforeAll(async () => {
  // The same host-side block `npm start` and CI install (idempotent).
  execFileSync("bash", ["scripts/setup-lab-engine.sh"], { env: { ...process.env, LAB_ENGINE_SKIP_IMAGES: "1" }, stdio: "pipe" });
  await ensureFixtureImage();
  await new Promise<void>((resolve) => hostListener.listen(0, "0.0.0.0", resolve));
  port = (hostListener.address() as net.AddressInfo).port;
  const h = await hosts();
  for (const lab of Object.values(labs))
    await runtime.provision(
      { sessionId: lab.id, labSlug: "terminal-basics", subnet: lab.subnet, expiresAt: new Date(Date.now() + 600_000), hosts: h },
      () => undefined,
    );
}, 120_000);
afterAll(async () => {
  hostListener.close();
  await Promise.all(Object.values(labs).map((l) => runtime.destroy(l.id)));
});

describe("lab isolation", () => {
  it("reaches its own lab hosts, by name and address", async () => {
    expect(await probe(labs.a.id, await ipOf(labs.a.id, "server"), 1)).toBe("refused");
    const dns = await runtime.exec(labs.a.id, "workstation", {
      cmd: ["bash", "-c", "timeout 3 bash -c 'exec 3<>/dev/tcp/server/1' 2>&1; true"],
    });
    expect(dns.stdout).toMatch(/refused/iu);
  });

  it("cannot reach another lab", async () => {
    expect(await probe(labs.a.id, await ipOf(labs.b.id, "server"), 1)).toBe("blocked");
    expect(await probe(labs.a.id, await ipOf(labs.b.id, "workstation"), 1)).toBe("blocked");
  });

  it("cannot reach the host: not through its gateway, the docker bridge or any host address", async () => {
    const hostAddresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && i.family === "IPv4" && !i.internal)
      .map((i) => i!.address);
    const targets = [`10.213.${base}.1`, ...hostAddresses];
    for (const ip of targets) expect({ ip, result: await probe(labs.a.id, ip, port) }).toEqual({ ip, result: "blocked" });
    expect(connections).toBe(0);
  });

  it("has no route out and no Docker socket", async () => {
    const r = await runtime.exec(labs.a.id, "workstation", {
      cmd: ["sh", "-c", "ls -l /var/run/docker.sock /run/docker.sock 2>&1; ip route 2>&1; id"],
    });
    expect(r.stdout).toMatch(/docker\.sock'?: No such file or directory/u);
    expect(r.stdout).not.toMatch(/^default via (?!10\.213\.)/mu);
    expect(r.stdout).toMatch(/uid=1000\(learner\)/u);
    expect(await probe(labs.a.id, "192.0.2.1", 80)).toBe("blocked"); // documentation range: never routed anywhere real
  });

  it("storage is bounded: read-only root, ENOSPC past the home and /tmp limits, the other lab and the host unaffected", async () => {
    const hostFree = () => Number(execFileSync("df", ["--output=avail", "-k", "/var/lib/docker"], { encoding: "utf8" }).split("\n")[1]);
    const before = hostFree();
    const fill = await runtime.exec(labs.a.id, "workstation", {
      cmd: [
        "sh",
        "-c",
        "touch /etc/x /usr/x 2>&1; dd if=/dev/zero of=/home/learner/fill bs=1M count=64 2>&1; echo home=$?; dd if=/dev/zero of=/tmp/fill bs=1M count=64 2>&1; echo tmp=$?",
      ],
      timeoutMs: 30_000,
    });
    expect(fill.stdout).toMatch(/touch: cannot touch '\/etc\/x': Read-only file system/u);
    expect(fill.stdout).toMatch(/touch: cannot touch '\/usr\/x': Read-only file system/u);
    expect(fill.stdout).toMatch(/\/home\/learner\/fill': No space left on device[\s\S]*home=1/u);
    expect(fill.stdout).toMatch(/\/tmp\/fill': No space left on device[\s\S]*tmp=1/u);
    // Lab a is full, lab b is not; the host's disk did not pay for any of it (tmpfs, bounded).
    const other = await runtime.exec(labs.b.id, "workstation", { cmd: ["sh", "-c", "echo ok > /home/learner/ok && cat /home/learner/ok"] });
    expect(other.stdout.trim()).toBe("ok");
    expect(before - hostFree()).toBeLessThan(8 * 1024);
    const own = await runtime.exec(labs.a.id, "workstation", {
      cmd: ["sh", "-c", "rm /home/learner/fill /tmp/fill && echo again > /home/learner/n && cat /home/learner/n"],
    });
    expect(own.stdout.trim()).toBe("again");
  }, 60_000);

  it("a memory bomb is killed at the limit and leaves the other lab alone", async () => {
    const bomb = await runtime.exec(labs.a.id, "workstation", {
      cmd: ["sh", "-c", "head -c 300m /dev/zero | tail > /dev/null; echo tail=$?"],
      timeoutMs: 30_000,
    });
    expect(bomb.stdout).toMatch(/tail=137/u); // SIGKILL from the OOM killer
    const stats = await dockerCall<{ memory_stats: { max_usage?: number; limit: number } }>({
      path: `/containers/${containerName(labs.a.id, "workstation")}/stats?`,
      method: "GET",
      options: { stream: false },
    });
    expect(stats.memory_stats.limit).toBe(64 * 1024 * 1024);
    const started = Date.now();
    expect((await runtime.exec(labs.b.id, "workstation", { cmd: ["echo", "fine"] })).stdout.trim()).toBe("fine");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a fork bomb stops at the pids limit while the other lab still answers within a second", async () => {
    const bomb = runtime
      .exec(labs.a.id, "workstation", { cmd: ["bash", "-c", "f(){ f | f & }; f; sleep 5"], timeoutMs: 8000 })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2500));
    const stats = await dockerCall<{ pids_stats: { current: number; limit?: number } }>({
      path: `/containers/${containerName(labs.a.id, "workstation")}/stats?`,
      method: "GET",
      options: { stream: false },
    });
    expect(stats.pids_stats.current).toBeGreaterThan(30);
    expect(stats.pids_stats.current).toBeLessThanOrEqual(64);
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const r = await runtime.exec(labs.b.id, "workstation", { cmd: ["sh", "-c", "test -d /home/learner && echo ok"] });
      expect(r.stdout.trim()).toBe("ok");
      expect(Date.now() - started).toBeLessThan(1000);
    }
    await bomb;
  }, 30_000);
});

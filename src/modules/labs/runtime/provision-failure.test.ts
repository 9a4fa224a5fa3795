import Modem from "docker-modem";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDockerLabRuntime } from "./docker-lab-runtime";
import { readImageProfile } from "./image-profile";
import type { DockerWorkScheduler, WorkClass } from "./schedule-docker-work";
import type { HostSpec, SessionSpec } from "./lab-runtime";
import { createSwarmLabRuntime } from "./swarm-lab-runtime";

// Issue 18.3: an engine lost mid-provision fails calls of one branch (the cameras) while the other (the
// learner's host) is still awaited. Such a failure must reach provision's caller, never surface as an
// unhandled rejection: Node ends the app process on one. The scheduler stands in for the Engine here.
const FIXTURES = "src/modules/labs/fixtures/labs/images";
const lost = () => new Error("write EPIPE");
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Work of the class `fails` fails at once; all other work answers after 100 ms. */
function scheduler(fails?: WorkClass): DockerWorkScheduler {
  return {
    arrive: () => 0,
    run: async <T>(work: WorkClass) => (work === fails ? Promise.reject(lost()) : later(100).then(() => ({ Id: "x" }) as T)),
    load: () => ({ running: 0, waiting: 0 }),
  };
}

async function spec(): Promise<SessionSpec> {
  const host = async (name: string, image: string): Promise<HostSpec> => {
    const read = await readImageProfile(FIXTURES, image);
    if (!read.ok) throw new Error(read.error);
    return { name, image, tag: "test", profile: read.profile, env: {} };
  };
  const hosts = [await host("workstation", "fixture-workstation"), await host("camera", "fixture-server")];
  expect(hosts.map((h) => h.profile.terminal)).toEqual([true, false]);
  return { sessionId: "s1", labSlug: "lab", subnet: "10.200.0.0/28", expiresAt: new Date(), hosts };
}

let unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on("unhandledRejection", record);
});
afterEach(() => {
  process.off("unhandledRejection", record);
});

describe("a provision the engine fails midway", () => {
  it("docker: a camera's create failing while the learner's host starts rejects provision, nothing unhandled", async () => {
    const runtime = createDockerLabRuntime("test", scheduler("rest"));
    await expect(runtime.provision(await spec(), () => undefined)).rejects.toThrow("write EPIPE");
    await later(10);
    expect(unhandled).toEqual([]);
  });

  it("swarm: the learner's host failing to run while a camera's service is created rejects provision, nothing unhandled", async () => {
    // The task locator asks a manager that is not there: the wait for the learner's host fails at once.
    const manager = new Modem({ socketPath: "/nonexistent/docker.sock" });
    const runtime = createSwarmLabRuntime("test", scheduler(), { registry: "r:5000", manager, nodes: new Map() });
    await expect(runtime.provision(await spec(), () => undefined)).rejects.toThrow("ENOENT");
    await later(10);
    expect(unhandled).toEqual([]);
  });
});

import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "./runtime/build-fixture-image";
import { dockerCall } from "./runtime/docker-engine";
import { labRuntime } from "./runtime";
import { FIXTURE_LABS_DIR, labConfig } from "./lab-config";
import { ENGINE_DOWN, labEngineAvailable, startLabSession } from "./start-lab-session";
import { endSession } from "./end-lab-session";
import { findSession } from "./queries";
import { tickLabDaemon } from "./reap-sessions";
import { LOST_MESSAGE } from "./sweep-lost-sessions";
import { CUT_SHORT_MESSAGE } from "./provision-session";

// A real engine of this file's own (a dockerd in a network namespace, scripts/lab-cluster.sh), stopped and
// started under running labs the way an engine restart does it: every container stops, none is removed.
const cluster = (...args: string[]) =>
  execFileSync("bash", ["scripts/lab-cluster.sh", ...args], {
    encoding: "utf8",
    env: { ...process.env, LAB_CLUSTER_NAME: "labrst", LAB_CLUSTER_NET: "10.252.0" },
  });
process.env.DOCKER_HOST = "unix:///run/labrst/1/docker.sock";
process.env.LABS_DIR = FIXTURE_LABS_DIR;
const runtime = () => labRuntime(labConfig().owner);
const learner = async (name: string) => (await db.user.create({ data: { name, email: `${name}@example.com` } })).id;

/** Everything on the engine that carries the session's label: it must all be gone once a session ended. */
async function leftOnEngine(sessionId: string) {
  const filters = JSON.stringify({ label: [`academy.session=${sessionId}`] });
  const [containers, networks, volumes] = await Promise.all([
    dockerCall<unknown[]>({ path: "/containers/json?", method: "GET", options: { all: true, filters } }),
    dockerCall<unknown[]>({ path: "/networks?", method: "GET", options: { filters } }),
    dockerCall<{ Volumes: unknown[] | null }>({ path: "/volumes?", method: "GET", options: { filters } }),
  ]);
  return containers.length + networks.length + (volumes.Volumes ?? []).length;
}

beforeAll(async () => {
  cluster("engine-up", "1");
  await ensureFixtureImage();
}, 300_000);
afterAll(() => {
  cluster("down");
}, 120_000);

it("while the engine is down starts are refused and nothing ends; once back, lost labs end with a message, leak nothing and start again", async () => {
  const uid = await learner("restart");
  const first = await startLabSession(uid, "terminal-basics");
  if (!first.ok) throw new Error(first.error);
  await first.provisioning;
  expect((await findSession(first.sessionId))!.status).toBe("ready");

  cluster("engine-stop", "1");
  expect(await labEngineAvailable()).toBe(false);
  expect(await startLabSession(await learner("during"), "terminal-basics")).toEqual({ ok: false, status: 503, error: ENGINE_DOWN });
  await expect(tickLabDaemon()).rejects.toThrow(); // the engine may come back with the lab: end nothing
  expect((await findSession(first.sessionId))!.status).toBe("ready");

  cluster("engine-start", "1");
  expect(await labEngineAvailable()).toBe(true);
  await tickLabDaemon();
  expect(await findSession(first.sessionId)).toMatchObject({ status: "failed", error: LOST_MESSAGE, subnet: null });
  expect(await leftOnEngine(first.sessionId)).toBe(0);

  const again = await startLabSession(uid, "terminal-basics");
  if (!again.ok) throw new Error(again.error);
  await again.provisioning;
  expect((await findSession(again.sessionId))!.status).toBe("ready");
  await tickLabDaemon();
  expect((await findSession(again.sessionId))!.status).toBe("ready"); // running machines are left alone
  await endSession(again.sessionId, "destroyed");
  expect(await leftOnEngine(again.sessionId)).toBe(0);
}, 240_000);

it("what a start the engine cut short left behind is removed by the next tick, not only at the next app start", async () => {
  const started = await startLabSession(await learner("midway"), "terminal-basics");
  if (!started.ok) throw new Error(started.error);
  await started.provisioning;
  // As a failed start whose rollback could not reach the engine leaves it (provision-session.ts): the row failed
  // and its subnet released, the machines still on the engine. The reaper proper sees nothing to free.
  await db.labSession.update({ where: { id: started.sessionId }, data: { status: "failed", subnet: null } });
  expect(await leftOnEngine(started.sessionId)).toBeGreaterThan(0);
  await tickLabDaemon();
  expect(await leftOnEngine(started.sessionId)).toBe(0);
  expect((await findSession(started.sessionId))!.subnet).toBeNull();
  expect((await runtime().listLabelled()).map((l) => l.sessionId)).not.toContain(started.sessionId);
}, 240_000);

it("an engine stopped mid-provision fails the start with a clear status; once back, the next tick removes what was left", async () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", record);
  try {
    const started = await startLabSession(await learner("cut"), "terminal-basics");
    if (!started.ok) throw new Error(started.error);
    // The network and a first machine exist, the rest is still to come: the stop blocks this process, so no
    // further call is sent before the engine is gone.
    for (let i = 0; i < 400 && (await leftOnEngine(started.sessionId)) < 2; i++) await new Promise((r) => setTimeout(r, 10));
    cluster("engine-stop", "1");
    await started.provisioning.catch(() => undefined);
    expect(await findSession(started.sessionId)).toMatchObject({ status: "failed", error: CUT_SHORT_MESSAGE, subnet: null });
    cluster("engine-start", "1");
    await tickLabDaemon();
    expect(await leftOnEngine(started.sessionId)).toBe(0);
    expect(unhandled).toEqual([]); // an engine call failing beside another in flight ended the app process
  } finally {
    process.off("unhandledRejection", record);
  }
}, 240_000);

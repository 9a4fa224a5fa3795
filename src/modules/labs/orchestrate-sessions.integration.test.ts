import { afterAll, beforeEach, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { getLab } from "./catalog";
import { FIXTURE_LABS_DIR, labConfig } from "./lab-config";
import { findSession } from "./queries";
import { CUT_SHORT_MESSAGE } from "./provision-session";
import { reapSessions, reconcileSessions, tickLabDaemon } from "./reap-sessions";
import { provideLabRuntime } from "./runtime";
import { createMemoryLabRuntime } from "./runtime/memory-lab-runtime";
import { ENGINE_DOWN, startLabSession } from "./start-lab-session";
import { LOST_MESSAGE } from "./sweep-lost-sessions";
import { refillWarmPool } from "./warm-pool";

// Issue 19.2: the orchestration around the runtime (provisioning, rollback, reaping, reconcile, warm pool)
// on the real database with an in-memory runtime, in milliseconds. The other integration tests run them on Docker.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
let memory = createMemoryLabRuntime();
let undo = () => undefined as unknown;
beforeEach(async () => {
  undo();
  memory = createMemoryLabRuntime();
  undo = provideLabRuntime(labConfig().owner, memory.runtime);
  await db.labSession.deleteMany();
});
afterAll(() => undo());

let learners = 0;
const learner = async () => (await db.user.create({ data: { name: "L", email: `l${++learners}@example.com` } })).id;

async function start(uid?: string) {
  const started = await startLabSession(uid ?? (await learner()), "terminal-basics");
  if (!started.ok) throw new Error(started.error);
  return started;
}

it("a start provisions every host and the grader, runs the health waits and setup, and ends ready", async () => {
  const { sessionId, provisioning } = await start();
  await provisioning;
  const row = (await findSession(sessionId))!;
  expect(row.status).toBe("ready");
  expect(row.progress.at(-1)?.message).toBe("Ready");
  expect(memory.sessions.get(sessionId)?.subnet).toBe(row.subnet);
  const lab = (await getLab("terminal-basics"))!;
  expect([...memory.sessions.get(sessionId)!.machines.keys()].sort()).toEqual([...lab.hosts.map((h) => h.name), "grader"].sort());
  expect(memory.execs.filter((e) => e.sessionId === sessionId).length).toBeGreaterThan(0);
});

it("a failed provision ends failed with the engine's reason, removes what it made and frees the subnet", async () => {
  memory.failNext("provision", new Error("no space left on device"));
  const { sessionId, provisioning } = await start();
  await expect(provisioning).rejects.toThrow("no space left");
  expect(await findSession(sessionId)).toMatchObject({ status: "failed", error: "no space left on device", subnet: null });
  expect(memory.sessions.has(sessionId)).toBe(false);
});

it("a subnet another academy holds is given up for the next free one", async () => {
  memory.failNext("provision", new Error("Pool overlaps with other one on this address space"));
  const tried: string[] = [];
  const provision = memory.runtime.provision;
  memory.runtime.provision = (spec, onEvent) => (tried.push(spec.subnet), provision(spec, onEvent));
  const { sessionId, provisioning } = await start();
  await provisioning;
  const row = (await findSession(sessionId))!;
  expect(row.status).toBe("ready");
  expect(tried).toEqual([expect.any(String), row.subnet]);
  expect(tried[0]).not.toBe(row.subnet);
  expect(memory.sessions.get(sessionId)?.subnet).toBe(row.subnet);
});

it("an engine gone mid-provision fails the start with a message; once back, the next tick removes the leftovers", async () => {
  memory.answerExec(() => {
    memory.down();
    throw new Error("write EPIPE");
  });
  const { sessionId, provisioning } = await start();
  await provisioning.catch(() => undefined);
  expect(await findSession(sessionId)).toMatchObject({ status: "failed", error: CUT_SHORT_MESSAGE, subnet: null });
  expect(memory.sessions.has(sessionId)).toBe(true); // the rollback could not reach the engine
  await expect(tickLabDaemon()).rejects.toThrow(); // still down: nothing is decided
  memory.up();
  memory.answerExec(() => undefined);
  await tickLabDaemon();
  expect(memory.sessions.has(sessionId)).toBe(false);
});

it("while the engine is down starts are refused and a ready lab is left alone; after a restart it ends lost", async () => {
  const { sessionId, provisioning } = await start();
  await provisioning;
  memory.down();
  expect(await startLabSession(await learner(), "terminal-basics")).toEqual({ ok: false, status: 503, error: ENGINE_DOWN });
  await expect(tickLabDaemon()).rejects.toThrow();
  expect((await findSession(sessionId))!.status).toBe("ready");
  memory.up();
  memory.restart();
  expect(await reconcileSessions()).toEqual({ removed: 0, lost: 1 });
  expect(await findSession(sessionId)).toMatchObject({ status: "failed", error: LOST_MESSAGE, subnet: null });
  expect(memory.sessions.has(sessionId)).toBe(false);
});

it("the reaper ends a lab past its timer; reconcile removes machines no session owns", async () => {
  const { sessionId, provisioning } = await start();
  await provisioning;
  const { expiresAt } = (await findSession(sessionId))!;
  await reapSessions(new Date(expiresAt.getTime() - 1000));
  expect((await findSession(sessionId))!.status).toBe("ready");
  await reapSessions(new Date(expiresAt.getTime() + 1000));
  expect(await findSession(sessionId)).toMatchObject({ status: "expired", subnet: null });
  expect(memory.sessions.has(sessionId)).toBe(false);

  await memory.runtime.provision({ sessionId: "orphan", labSlug: "x", subnet: "10.9.0.0/28", expiresAt, hosts: [] }, () => undefined);
  expect(await reconcileSessions()).toEqual({ removed: 1, lost: 0 });
  expect(memory.sessions.size).toBe(0);
});

it("the warm pool fills to its size, and a learner's start is handed a pooled lab that is ready at once", async () => {
  const lab = (await getLab("terminal-basics"))!;
  await refillWarmPool(lab, 2);
  const pooled = await db.labSession.findMany({ where: { userId: null, status: "ready" } });
  expect(pooled).toHaveLength(2);
  expect(memory.sessions.size).toBe(2);
  const uid = await learner();
  const { sessionId } = await start(uid);
  expect(pooled.map((p) => p.id)).toContain(sessionId);
  expect(await findSession(sessionId)).toMatchObject({ status: "ready", userId: uid });
});

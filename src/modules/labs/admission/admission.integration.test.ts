import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "../runtime/build-fixture-image";
import { labRuntime } from "../runtime";
import { FIXTURE_LABS_DIR, labConfig } from "../lab-config";
import { startLabSession, type StartResult } from "../start-lab-session";
import { endSession } from "../end-lab-session";
import { findSession } from "../queries";
import { getLab } from "../catalog";
import { ACTIVE_STATUSES } from "../schema";

// A small cap filled by a burst of concurrent starts, on real containers and the real database: nothing
// over-commits, the rest queue in arrival order, and each freed slot goes to the head of the queue.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
process.env.LAB_MAX_TOTAL = "3";
process.env.LAB_MAX_PER_IP = "50";
process.env.LAB_QUEUE_LAPSE_SECONDS = "3600"; // nobody's page is open here; a slow engine must not lapse places
const CAP = 3;
const runtime = () => labRuntime(labConfig().owner);
const newLearner = async (i: number | string) => (await db.user.create({ data: { name: `Q${i}`, email: `q${i}@example.com` } })).id;
const active = () => db.labSession.count({ where: { status: { in: ACTIVE_STATUSES } } });
const waitingUsers = async () =>
  (await db.labQueueEntry.findMany({ where: { status: "waiting" }, orderBy: { id: "asc" }, select: { userId: true } })).map(
    (e) => e.userId,
  );
const containersRunning = async () => (await runtime().listLabelled()).filter((l) => l.containers.length > 0).length;

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
    const value = await probe();
    if (ok(value) || Date.now() > end) return value;
  }
}

// The highest number of active sessions seen at any moment of the test.
let peak = 0;
let sampling = true;
const sampler = (async () => {
  while (sampling) {
    peak = Math.max(peak, await active());
    await new Promise((r) => setTimeout(r, 5));
  }
})();

beforeAll(() => ensureFixtureImage());
afterAll(async () => {
  sampling = false;
  await sampler;
  for (const s of await db.labSession.findMany({ select: { id: true } })) await runtime().destroy(s.id);
});

it("fills the cap from a burst of 12 concurrent starts, queues the rest in arrival order, admits FIFO as labs end", async () => {
  const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => newLearner(i)));
  // Warm the lab catalogue first: loading it cold staggers the starts, and they must collide.
  await getLab("terminal-basics");
  const results = await Promise.all(burst.map((u, i) => startLabSession(u, "terminal-basics", `198.51.100.${i}`)));
  const started = results.filter((r): r is Extract<StartResult, { ok: true }> => r.ok);
  const queued = results.filter((r) => !r.ok && r.status === 202) as Extract<StartResult, { status: 202 }>[];
  expect(started).toHaveLength(CAP);
  expect(queued).toHaveLength(12 - CAP);
  // Every queued start was told a distinct place, and the places are the queue's order.
  expect(queued.map((q) => q.queue.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const order = await waitingUsers();
  for (const [i, r] of results.entries()) if (!r.ok && r.status === 202) expect(order.indexOf(burst[i]) + 1).toBe(r.queue.position);

  // Later arrivals, one after the other, queue behind the whole burst in the order they came.
  const late = [await newLearner("late-a"), await newLearner("late-b"), await newLearner("late-c")];
  for (const [i, u] of late.entries())
    expect(await startLabSession(u, "terminal-basics", "203.0.113.9")).toMatchObject({ status: 202, queue: { position: 10 + i } });
  expect((await waitingUsers()).slice(-3)).toEqual(late);

  await Promise.all(started.map((s) => s.provisioning));
  expect(await containersRunning()).toBe(CAP);

  // Each lab that ends hands its slot to the head of the queue, which gets a real, running lab.
  const expectedOrder = await waitingUsers();
  const running = started.map((s) => s.sessionId);
  for (let round = 0; round < 4; round++) {
    await endSession(running.shift()!, "destroyed");
    const head = expectedOrder[round];
    const entry = await until(
      () => db.labQueueEntry.findFirst({ where: { userId: head }, select: { status: true, sessionId: true } }),
      (e) => e?.status === "admitted",
    );
    expect(entry).toMatchObject({ status: "admitted" });
    expect(await waitingUsers()).toEqual(expectedOrder.slice(round + 1));
    const session = await until(
      () => findSession(entry!.sessionId!),
      (s) => s?.status === "ready",
    );
    expect(session).toMatchObject({ status: "ready", userId: head });
    running.push(session!.id);
    expect(await active()).toBe(CAP);
  }
  expect(await containersRunning()).toBe(CAP);
  expect(peak).toBeLessThanOrEqual(CAP);
  expect(peak).toBe(CAP);
}, 180_000);

it("a learner who starts again while queued keeps their place; one who leaves is gone from the queue", async () => {
  const before = await waitingUsers();
  const [second] = before.slice(1, 2);
  expect(await startLabSession(second, "terminal-basics", "198.51.100.200")).toMatchObject({ status: 202, queue: { position: 2 } });
  expect(await waitingUsers()).toEqual(before);
});

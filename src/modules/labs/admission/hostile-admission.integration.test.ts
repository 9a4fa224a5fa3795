import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "../runtime/build-fixture-image";
import { labRuntime } from "../runtime";
import { FIXTURE_LABS_DIR, labConfig } from "../lab-config";
import { getLab } from "../catalog";
import { startLabSession } from "../start-lab-session";
import { endSession } from "../end-lab-session";
import { refillWarmPool } from "../warm-pool";
import { countPooled } from "../queries";
import { leaveQueue } from "./leave-queue";
import { admitWaiting } from "./admit-waiting";

// A hostile learner against a full academy (one place): they cannot hold more than their share, not with
// several labs, not with several accounts from one address, and cannot get ahead of anyone in the queue.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
process.env.LAB_MAX_TOTAL = "1";
process.env.LAB_MAX_PER_LEARNER = "1";
process.env.LAB_MAX_PER_IP = "3";
const HOSTILE_IP = "203.0.113.66";
const runtime = () => labRuntime(labConfig().owner);
const learner = async (name: string) => (await db.user.create({ data: { name, email: `${name}@example.com` } })).id;
const waitingUsers = async () =>
  (await db.labQueueEntry.findMany({ where: { status: "waiting" }, orderBy: { id: "asc" }, select: { userId: true } })).map(
    (e) => e.userId,
  );

let holder: string;
let holderSession: string;
beforeAll(async () => {
  await ensureFixtureImage();
  holder = await learner("holder");
  const started = await startLabSession(holder, "terminal-basics", "198.51.100.1");
  if (!started.ok) throw new Error(started.error);
  holderSession = started.sessionId;
  await started.provisioning;
});
afterAll(async () => {
  for (const s of await db.labSession.findMany({ select: { id: true } })) await runtime().destroy(s.id);
});

let mallory: string;
let honest: string;
it("starting again, or another lab, never gives a queued learner a second place", async () => {
  mallory = await learner("mallory");
  expect(await startLabSession(mallory, "terminal-basics", HOSTILE_IP)).toMatchObject({ status: 202, queue: { position: 1 } });
  for (let i = 0; i < 5; i++)
    expect(await startLabSession(mallory, "terminal-basics", `198.51.100.${50 + i}`)).toMatchObject({
      status: 202,
      queue: { position: 1 },
    });
  // A second lab would be a second place: over their share (queued counts as held).
  expect(await startLabSession(mallory, "early-shell", HOSTILE_IP)).toMatchObject({ ok: false, status: 429 });
  expect(await db.labQueueEntry.count({ where: { userId: mallory, status: "waiting" } })).toBe(1);
});

it("several accounts from one address hold no more than the address's share, running and queued together", async () => {
  honest = await learner("honest");
  expect(await startLabSession(honest, "terminal-basics", "198.51.100.7")).toMatchObject({ status: 202, queue: { position: 2 } });
  const sockpuppets = await Promise.all(["sock1", "sock2", "sock3", "sock4"].map(learner));
  const results = await Promise.all(sockpuppets.map((u) => startLabSession(u, "terminal-basics", HOSTILE_IP)));
  // mallory holds one of the address's three; two more accounts get places, the rest are refused.
  expect(results.filter((r) => !r.ok && r.status === 202)).toHaveLength(2);
  expect(results.filter((r) => !r.ok && r.status === 429)).toHaveLength(2);
  expect(results.find((r) => !r.ok && r.status === 429)).toMatchObject({ error: expect.stringContaining("Your network") });
  // The honest learner, who came before the sockpuppets, is still ahead of them.
  expect((await waitingUsers()).slice(0, 2)).toEqual([mallory, honest]);
});

it("leaving and joining again goes to the back; leaving touches only one's own place", async () => {
  expect(await leaveQueue(honest, "early-shell")).toBe(false); // nothing there: nothing else moves
  expect(await leaveQueue(mallory, "terminal-basics")).toBe(true);
  expect((await waitingUsers())[0]).toBe(honest);
  const back = await startLabSession(mallory, "terminal-basics", HOSTILE_IP);
  expect(back).toMatchObject({ status: 202, queue: { position: 4 } });
  expect((await waitingUsers()).at(-1)).toBe(mallory);
});

it("the warm pool does not take capacity the queue is waiting for", async () => {
  await refillWarmPool((await getLab("terminal-basics"))!, 2);
  expect(await countPooled("terminal-basics")).toBe(0);
});

it("a place whose page went away lapses, and stops counting against the address's share", async () => {
  const gone = await learner("gone");
  expect(await startLabSession(gone, "terminal-basics", "198.51.100.44")).toMatchObject({ status: 202 });
  await db.labQueueEntry.updateMany({ where: { userId: gone }, data: { seenAt: new Date(Date.now() - 10 * 60_000) } });
  expect(await admitWaiting()).toBe(0); // the cap is still full: nobody admitted, but the absent place is dropped
  expect(await db.labQueueEntry.findFirst({ where: { userId: gone }, select: { status: true } })).toEqual({ status: "left" });
  expect(await waitingUsers()).not.toContain(gone);
});

it("a freed place goes to the head of the queue, not to a newcomer racing for it", async () => {
  const newcomer = await learner("newcomer");
  const [, raced] = await Promise.all([
    endSession(holderSession, "destroyed"),
    startLabSession(newcomer, "terminal-basics", "198.51.100.99"),
  ]);
  expect(raced).toMatchObject({ ok: false, status: 202 });
  for (let i = 0; i < 200 && !(await db.labQueueEntry.findFirst({ where: { userId: honest, status: "admitted" } })); i++)
    await new Promise((r) => setTimeout(r, 50));
  const admitted = await db.labQueueEntry.findMany({ where: { status: "admitted" }, select: { userId: true } });
  expect(admitted.map((a) => a.userId)).toEqual([honest]);
  expect((await waitingUsers()).at(-1)).toBe(newcomer);
  expect(await db.labSession.count({ where: { status: { in: ["provisioning", "ready"] } } })).toBe(1);
});

import fs from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import WebSocket from "ws";
import { db } from "@/src/server/db";
import { startAppProcess, sessionCookie, startLab, type AppProcess } from "@/tests/support/app-process";
import { ensureFixtureImage } from "./runtime/build-fixture-image";
import { labRuntime } from "./runtime";
import { FIXTURE_LABS_DIR, labConfig } from "./lab-config";

// Two real app processes (server.ts) on one PostgreSQL serve the same learners: a lab started through
// one streams its events and opens its terminal through the other, and the lab daemon (reaper, warm
// pool, reconcile) runs in one process at a time and moves to the other when its holder dies.
const DIST = process.env.NEXT_DIST_DIR || ".next-test";
const env = { LABS_DIR: FIXTURE_LABS_DIR, ACADEMY_E2E: "1", NEXT_DIST_DIR: DIST, LAB_REAPER_SECONDS: "1", LEASE_RETRY_SECONDS: "1" };
let apps: AppProcess[] = [];
let cookie = "";
const alive = (a: AppProcess) => a.child.exitCode === null && a.child.signalCode === null;
const holderOf = (name: string) => apps.filter((a) => alive(a) && a.output().includes(`[lease] ${name}: held by pid`));

beforeAll(async () => {
  if (!fs.existsSync(`${DIST}/BUILD_ID`)) throw new Error(`needs the production build in ${DIST} (scripts/test.sh makes it first)`);
  await ensureFixtureImage();
  apps = await Promise.all([startAppProcess(env), startAppProcess(env)]);
  const user = await db.user.create({ data: { name: "Two Tabs", email: "two-tabs@example.com" } });
  cookie = await sessionCookie(user.id);
  for (const started = Date.now(); holderOf("labs").length !== 1; await new Promise((r) => setTimeout(r, 100)))
    if (Date.now() - started > 20_000) throw new Error("no process took the labs lease");
}, 180_000);
afterAll(async () => {
  await Promise.all(apps.map((a) => a.kill()));
  const runtime = labRuntime(labConfig().owner);
  for (const l of await runtime.listLabelled()) await runtime.destroy(l.sessionId);
});

/** Reads the session's server-sent events until its final status; each event with its arrival time. */
async function streamEvents(app: AppProcess, sessionId: string) {
  const res = await fetch(`${app.url}/api/labs/${sessionId}/events`, { headers: { cookie } });
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  const events: { event: string; data: unknown; at: number }[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = res.body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffer += decoder.decode(chunk.value, { stream: true });
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const [event, data] = buffer
        .slice(0, end)
        .split("\n")
        .map((l) => l.slice(l.indexOf(":") + 2));
      events.push({ event, data: JSON.parse(data), at: Date.now() });
      buffer = buffer.slice(end + 2);
    }
  }
  return events;
}

async function shellSays(app: AppProcess, sessionId: string, input: string, expected: string) {
  const ws = new WebSocket(`${app.url.replace("http", "ws")}/api/labs/${sessionId}/terminal?cols=80&rows=24`, {
    headers: { cookie, origin: app.url },
  });
  let output = "";
  ws.on("message", (d) => (output += d.toString()));
  await new Promise(
    (resolve, reject) => (ws.once("open", resolve), ws.once("unexpected-response", (_q, r) => reject(new Error(`HTTP ${r.statusCode}`)))),
  );
  await expect.poll(() => output.length, { timeout: 15_000 }).toBeGreaterThan(0);
  ws.send(JSON.stringify({ t: "i", d: input }));
  await expect.poll(() => output, { timeout: 15_000 }).toContain(expected);
  ws.close();
}

it("a lab started through process A streams its events and opens its terminal through process B", async () => {
  const [a, b] = apps;
  const sessionId = await startLab(a, cookie, "terminal-basics");
  const events = await streamEvents(b, sessionId);
  expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(["progress", "terminal", "status"]));
  expect(events.at(-1)!.data).toEqual({ status: "ready" });
  // B hears A's changes through NOTIFY: B's own safety re-read comes only every 30 s.
  const { readyAt } = (await db.labSession.findUniqueOrThrow({ where: { id: sessionId } })) as { readyAt: Date };
  expect(events.at(-1)!.at - readyAt.getTime()).toBeLessThan(5000);
  await shellSays(b, sessionId, "echo two-$((6*7))\r", "two-42");
}, 120_000);

it("kill the lease holder while labs run: the other takes over within seconds, reaps each lab once, leaks nothing", async () => {
  const [holder] = holderOf("labs");
  const other = apps.find((a) => a !== holder)!;
  const running = await db.labSession.findMany({ where: { status: "ready" }, select: { id: true } });
  // One lab stays in setup (early-shell waits for ~/go) in the holder: its provisioning dies with it.
  const stuck = await startLab(holder, cookie, "early-shell");
  await expect.poll(async () => (await db.labSession.findUnique({ where: { id: stuck } }))?.terminalAt, { timeout: 60_000 }).toBeTruthy();

  const killedAt = Date.now();
  await holder.kill();
  await expect.poll(() => holderOf("labs").includes(other), { timeout: 10_000, interval: 100 }).toBe(true);
  expect(Date.now() - killedAt).toBeLessThan(5000);

  // The new holder's reconcile ends the orphaned provisioning and removes its containers; running labs stay.
  const runtime = labRuntime(labConfig().owner);
  await expect.poll(async () => (await db.labSession.findUnique({ where: { id: stuck } }))?.status, { timeout: 30_000 }).toBe("failed");
  const present = async () => new Set((await runtime.listLabelled()).filter((l) => l.containers.length > 0).map((l) => l.sessionId));
  await expect.poll(async () => (await present()).has(stuck), { timeout: 30_000 }).toBe(false);
  const kept = await present();
  for (const { id } of running) expect(kept.has(id)).toBe(true);

  // Their timers run out: the surviving process's reaper expires each exactly once and frees its subnet.
  await db.labSession.updateMany({ where: { id: { in: running.map((r) => r.id) } }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expect
    .poll(
      async () => (await db.labSession.findMany({ where: { id: { in: running.map((r) => r.id) } } })).every((s) => s.status === "expired"),
      { timeout: 30_000 },
    )
    .toBe(true);
  // The log line comes after the containers are gone; then three more reaper ticks must not reap again.
  const reaped = (id: string) =>
    apps
      .map((a) => a.output())
      .join("\n")
      .split(`[labs] reaped ${id} `).length - 1;
  await expect.poll(() => running.every(({ id }) => reaped(id) >= 1), { timeout: 30_000 }).toBe(true);
  await new Promise((r) => setTimeout(r, 3000));
  for (const { id } of running) expect(reaped(id)).toBe(1);
  expect((await runtime.listLabelled()).filter((l) => l.containers.length > 0)).toEqual([]);
  expect(await db.labSession.count({ where: { subnet: { not: null } } })).toBe(0);
}, 180_000);

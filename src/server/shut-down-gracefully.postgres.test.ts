import fs from "node:fs";
import http from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import WebSocket from "ws";
import { db } from "@/src/server/db";
import { startAttempt } from "@/src/modules/exams/start-attempt";
import { ensureFixtureImage } from "@/src/modules/labs/runtime/build-fixture-image";
import { labRuntime } from "@/src/modules/labs/runtime";
import { FIXTURE_LABS_DIR, labConfig } from "@/src/modules/labs/lab-config";
import { startAppProcess, sessionCookie, startLab, type AppProcess } from "@/tests/support/app-process";

// SIGTERM on the real server (server.ts on the production build): a running request finishes and new
// connections are refused; open terminals hear why (1012) and re-attach to the same shell after the
// restart; a lab still provisioning when the grace runs out is rolled back with a message (issue 18.2).
const DIST = process.env.NEXT_DIST_DIR || ".next-test";
process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
const env = {
  LABS_DIR: FIXTURE_LABS_DIR,
  EXAMS_ROOT: process.env.EXAMS_ROOT,
  ACADEMY_E2E: "1",
  NEXT_DIST_DIR: DIST,
  LEASE_RETRY_SECONDS: "1",
};
const apps: AppProcess[] = [];
let cookie = ""; // the candidate with an exam attempt open
let labCookie = ""; // a learner without one: an open attempt shuts practice labs (lock-practice-labs.ts)
let userId = "";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(extra: Record<string, string> = {}, port?: number) {
  const app = await startAppProcess({ ...env, ...extra }, port);
  apps.push(app);
  return app;
}

beforeAll(async () => {
  if (!fs.existsSync(`${DIST}/BUILD_ID`)) throw new Error(`needs the production build in ${DIST} (scripts/test.sh makes it first)`);
  await ensureFixtureImage();
  userId = (await db.user.create({ data: { name: "Restart", email: "restart@example.com" } })).id;
  cookie = await sessionCookie(userId);
  labCookie = await sessionCookie((await db.user.create({ data: { name: "Lab Learner", email: "restart-lab@example.com" } })).id);
}, 180_000);
afterAll(async () => {
  await Promise.all(apps.map((a) => a.kill()));
  const runtime = labRuntime(labConfig().owner);
  for (const l of await runtime.listLabelled()) await runtime.destroy(l.sessionId);
});

it("an exam answer whose body is still arriving at SIGTERM is saved; new connections are refused; exit 0", async () => {
  const app = await start();
  const attempt = await startAttempt(userId, "open-exam");
  if (!attempt.ok) throw new Error(attempt.reasons.join(" "));
  const manifest = JSON.parse(fs.readFileSync(`${DIST}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveAnswerAction")![0];
  const body = JSON.stringify([{ attemptId: attempt.attemptId, position: 0, answer: [0], flagged: true }]);
  const req = http.request(`${app.url}/exams/open-exam/attempts/${attempt.attemptId}`, {
    method: "POST",
    headers: { cookie, origin: app.url, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", reject);
  });
  req.write(body.slice(0, 20));
  await sleep(300);
  const exited = app.terminate();
  await expect.poll(() => app.output(), { timeout: 10_000 }).toContain("[shutdown] SIGTERM");
  await expect(fetch(`${app.url}/api/health`)).rejects.toThrow(); // the listener is closed
  await sleep(1500); // the body is still arriving well after the signal
  req.end(body.slice(20));
  const { status, text } = await response;
  expect(status, text).toBe(200);
  expect(text).toContain('"ok":true');
  expect(await exited).toBe(0);
  expect(app.output()).toContain("requests in flight 1, all finished");
  const saved = await db.examResponse.findMany({ where: { attemptId: attempt.attemptId } });
  expect(saved).toHaveLength(1);
  expect(saved[0].flagged).toBe(true);
}, 120_000);

async function openTerminal(app: AppProcess, sessionId: string) {
  const ws = new WebSocket(`${app.url.replace("http", "ws")}/api/labs/${sessionId}/terminal?cols=80&rows=24`, {
    headers: { cookie: labCookie, origin: app.url },
  });
  const term = { ws, output: "", closed: null as null | { code: number; reason: string } };
  ws.on("message", (d) => (term.output += d.toString()));
  ws.on("close", (code, reason) => (term.closed = { code, reason: reason.toString() }));
  await new Promise(
    (resolve, reject) => (ws.once("open", resolve), ws.once("unexpected-response", (_q, r) => reject(new Error(`HTTP ${r.statusCode}`)))),
  );
  await expect.poll(() => term.output.length, { timeout: 15_000 }).toBeGreaterThan(0);
  return term;
}

it("an open terminal hears the restart (1012) and re-attaches to the same shell after it", async () => {
  const app = await start();
  const sessionId = await startLab(app, labCookie, "terminal-basics");
  await expect.poll(async () => (await db.labSession.findUnique({ where: { id: sessionId } }))?.status, { timeout: 90_000 }).toBe("ready");
  const before = await openTerminal(app, sessionId);
  before.ws.send(JSON.stringify({ t: "i", d: "export MARK=$((6*7))00; echo set-$MARK\r" }));
  await expect.poll(() => before.output, { timeout: 15_000 }).toContain("set-4200");

  expect(await app.terminate()).toBe(0);
  expect(before.output).toContain("The academy is restarting; your lab keeps running.");
  await expect.poll(() => before.closed?.code).toBe(1012);

  const again = await start({}, app.port);
  const after = await openTerminal(again, sessionId);
  after.ws.send(JSON.stringify({ t: "i", d: "echo mark-$MARK\r" }));
  await expect.poll(() => after.output, { timeout: 15_000 }).toContain("mark-4200"); // the same tmux shell
  after.ws.close();
  expect((await db.labSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("ready");
  await again.terminate();
}, 180_000);

it("a lab still provisioning when the grace runs out ends failed with a message; nothing of it remains", async () => {
  const app = await start({ SHUTDOWN_GRACE_SECONDS: "1" });
  // early-shell waits in its setup for ~/go, so it is provisioning for as long as the test likes.
  const stuck = await startLab(app, labCookie, "early-shell");
  await expect.poll(async () => (await db.labSession.findUnique({ where: { id: stuck } }))?.terminalAt, { timeout: 60_000 }).toBeTruthy();
  const signalledAt = Date.now();
  expect(await app.terminate()).toBe(0);
  expect(Date.now() - signalledAt).toBeLessThan(10_000);
  const row = await db.labSession.findUniqueOrThrow({ where: { id: stuck } });
  expect(row).toMatchObject({
    status: "failed",
    error: "The academy restarted while your lab was starting; start it again.",
    subnet: null,
  });
  expect(app.output()).toContain("rolled back 1");

  const again = await start();
  const runtime = labRuntime(labConfig().owner);
  await expect.poll(() => again.output(), { timeout: 20_000 }).toContain("[lease] labs: held by pid");
  await sleep(2000); // its reconcile has run
  expect((await runtime.listLabelled()).filter((l) => l.sessionId === stuck && l.containers.length > 0)).toEqual([]);
  expect((await db.labSession.findUniqueOrThrow({ where: { id: stuck } })).error).toBe(row.error);
}, 180_000);

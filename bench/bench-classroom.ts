// `npm run bench:classroom`: a classroom of N learners pressing Start on the same lab within one second,
// through the page's own path (start -> session events -> terminal WebSocket), against single starts
// measured in the same run.   BENCH_LAB=first-boot BENCH_CLASS_SIZES=12,20 npm run bench:classroom
// Cold starts with each engine-call bound, then with the classroom warm pool (a planned block).
// Own database (data/bench-classroom.db) and owner label; removes every lab it made.
import "../scripts/server-only-hook.mjs"; // modules below are server-only; import them after the hook
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { performance } from "node:perf_hooks";

const DB = "data/bench-classroom.db";
for (const s of ["", "-wal", "-shm"]) fs.rmSync(DB + s, { force: true });
Object.assign(process.env, {
  DATABASE_URL: `file:./${DB}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret!",
  CHECKPOINT_DISABLE: "1",
  NODE_ENV: "production",
});
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env: process.env });

const { db } = await import("../src/server/db");
const { getLab } = await import("../src/modules/labs/catalog");
const { labConfig } = await import("../src/modules/labs/lab-config");
const { labRuntime } = await import("../src/modules/labs/runtime");
const { startLabSession } = await import("../src/modules/labs/start-lab-session");
const { streamSessionEvents } = await import("../src/modules/labs/stream-session-events");
const { labTerminalRoute } = await import("../src/modules/labs/terminal/terminal-gateway");
const { encode } = await import("next-auth/jwt");
const { default: WebSocket } = await import("ws");

const slug = process.env.BENCH_LAB ?? "first-boot";
const sizes = (process.env.BENCH_CLASS_SIZES ?? "12,20").split(",").map(Number);
// Engine calls in flight (runtime/schedule-docker-work.ts): 64 is "no bound" (every call at once, as before
// the scheduler), the default 2 is the measure under test.
const concurrencies = (process.env.BENCH_CONCURRENCY ?? "64,2").split(",");
const lab = await getLab(slug);
if (!lab) throw new Error(`No lab "${slug}"`);
const runtime = labRuntime(labConfig().owner);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const s = (n: number) => `${(n / 1000).toFixed(2)} s`;

const route = labTerminalRoute(process.env.AUTH_SECRET);
const server = http.createServer();
server.on("upgrade", (req, socket, head) => void route.handle(req, socket, head));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as { port: number }).port;

let userN = 0;
async function newLearner() {
  const user = await db.user.create({ data: { name: `learner ${userN}`, email: `class-${userN++}@example.com` } });
  const claims = { sub: user.id, sv: 0, authAt: Math.floor(Date.now() / 1000) }; // what sign-in puts in the token
  const token = await encode({ token: claims, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
  return { id: user.id, cookie: `authjs.session-token=${token}` };
}

/** Reads the session's event stream as the page does, resolving at the `terminal` event and at the final status. */
function watchEvents(sessionId: string) {
  const reader = streamSessionEvents(sessionId, new AbortController().signal).getReader();
  let onTerminal!: () => void;
  const terminal = new Promise<void>((resolve) => (onTerminal = resolve));
  const done = (async () => {
    const decoder = new TextDecoder();
    let status = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      const text = decoder.decode(r.value);
      if (text.startsWith("event: terminal")) onTerminal();
      const m = /^event: status\ndata: (.*)$/mu.exec(text);
      if (m) status = (JSON.parse(m[1]) as { status: string }).status;
    }
    onTerminal();
    return status;
  })();
  return { terminal, done };
}

/** First byte on the terminal WebSocket: the learner sees a prompt. */
async function firstPromptByte(sessionId: string, cookie: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/labs/${sessionId}/terminal?cols=80&rows=24`, { headers: { cookie } });
  await new Promise<void>((resolve, reject) => {
    ws.once("message", () => resolve());
    ws.once("error", reject);
    ws.once("close", (code) => reject(new Error(`terminal closed (${code}) before any output`)));
  });
  ws.close();
}

/** One learner's Start, as the page does it; times in ms from the press. */
async function pressStart(learner: { id: string; cookie: string }, delay: number) {
  await new Promise((r) => setTimeout(r, delay));
  const t0 = performance.now();
  const started = await startLabSession(learner.id, slug);
  if (!started.ok) throw new Error(started.error);
  const events = watchEvents(started.sessionId);
  await events.terminal;
  await firstPromptByte(started.sessionId, learner.cookie);
  const shell = performance.now() - t0;
  const status = await events.done;
  if (status !== "ready") throw new Error(`session ${started.sessionId} ended ${status}`);
  return { sessionId: started.sessionId, shell, ready: performance.now() - t0 };
}

async function finish(ids: string[]) {
  for (const id of ids) {
    await runtime.destroy(id);
    await db.labSession.update({ where: { id }, data: { status: "destroyed", subnet: null } });
  }
}

// Baseline: one learner at a time.
const single = { shell: [] as number[], ready: [] as number[] };
for (let i = 0; i < 5; i++) {
  const r = await pressStart(await newLearner(), 0);
  single.shell.push(r.shell);
  single.ready.push(r.ready);
  await finish([r.sessionId]);
}
const base = { shell: pct(single.shell, 50), ready: pct(single.ready, 50) };
console.log(`single start (baseline, median of 5): shell ${s(base.shell)}, ready ${s(base.ready)}`);

function report(label: string, results: { shell: number; ready: number }[]) {
  const shell = results.map((r) => r.shell);
  const ready = results.map((r) => r.ready);
  console.log(
    `${label}: shell p50 ${s(pct(shell, 50))} p95 ${s(pct(shell, 95))} (${(pct(shell, 95) / base.shell).toFixed(1)}x single); ` +
      `ready p50 ${s(pct(ready, 50))} p95 ${s(pct(ready, 95))} (${(pct(ready, 95) / base.ready).toFixed(1)}x single)`,
  );
}

/** A fresh runtime with this bound on engine calls: the registry builds it again from the environment. */
function boundEngineCalls(concurrency: string) {
  process.env.LAB_DOCKER_CONCURRENCY = concurrency;
  delete (globalThis as { academyLabRuntimes?: unknown }).academyLabRuntimes;
}

for (const n of sizes)
  for (const concurrency of concurrencies) {
    boundEngineCalls(concurrency);
    const learners = await Promise.all(Array.from({ length: n }, newLearner));
    // Everyone presses Start within one second, spread evenly.
    const results = await Promise.all(learners.map((l, i) => pressStart(l, (i * 1000) / n)));
    report(`${n} learners within 1 s, cold, ${concurrency} engine calls at once [goals: shell p95 <= 5 s, ready p95 <= 12 s]`, results);
    await finish(results.map((r) => r.sessionId));
  }

// The classroom warm pool (labs/classroom-pool): the trainer planned this block, so one lab per seated
// attendee is provisioned ahead (as the lab daemon does CLASSROOM_POOL_LEAD_MINUTES before it).
const { prewarmClassroomLabs } = await import("../src/modules/labs/classroom-pool/prewarm-classroom-labs");
boundEngineCalls(concurrencies.at(-1)!);
for (const n of sizes) {
  const learners = await Promise.all(Array.from({ length: n }, newLearner));
  const trainerId = (await newLearner()).id;
  const now = new Date();
  const session = await db.classroomSession.create({
    data: { courseSlug: "bench", title: "Bench", trainerId, mode: "virtual", startsAt: now, capacity: n },
  });
  await db.classroomEnrolment.createMany({
    data: learners.map((l, i) => ({ sessionId: session.id, userId: l.id, status: "enrolled", seat: i + 1 })),
  });
  await db.classroomLabPlan.create({ data: { sessionId: session.id, day: 1, startMinute: 0, durationMinutes: 120, labSlug: slug } });
  const t = performance.now();
  const { reserved } = await prewarmClassroomLabs(now);
  console.log(`classroom pool for ${n}: ${reserved} labs provisioned ahead in ${s(performance.now() - t)}`);
  const results = await Promise.all(learners.map((l, i) => pressStart(l, (i * 1000) / n)));
  report(`${n} learners within 1 s, classroom warm pool [goals: shell p95 <= 1 s, ready p95 <= 2 s]`, results);
  await finish(results.map((r) => r.sessionId));
}
server.close();
await db.$disconnect();

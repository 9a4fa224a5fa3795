// `npm run bench:labs`: lab start-up, warm pool, terminal latency and density on this machine, in one run.
//   BENCH_LAB=first-boot BENCH_MAX_LABS=80 npm run bench:labs
// Uses its own database (data/bench-labs.db) and owner label, and removes every lab it made.
import "../scripts/server-only-hook.mjs"; // modules below are server-only; import them after the hook
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { performance } from "node:perf_hooks";

const DB = "data/bench-labs.db";
for (const s of ["", "-wal", "-shm"]) fs.rmSync(DB + s, { force: true });
Object.assign(process.env, {
  DATABASE_URL: `file:./${DB}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret!",
  LAB_MAX_PER_LEARNER: "20",
  // The density run goes past the admission cap on purpose (it measures where checks get slow).
  LAB_MAX_TOTAL: process.env.LAB_MAX_TOTAL ?? "1000",
  CHECKPOINT_DISABLE: "1",
  NODE_ENV: "production",
});
execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "ignore", env: process.env });

const { db } = await import("../src/server/db");
const { getLab } = await import("../src/modules/labs/catalog");
const { labConfig } = await import("../src/modules/labs/lab-config");
const { labRuntime } = await import("../src/modules/labs/runtime");
const { dockerCall } = await import("../src/modules/labs/runtime/docker-engine");
const { resolveHostSpecs } = await import("../src/modules/labs/resolve-hosts");
const { generateVariables } = await import("../src/modules/labs/generate-variables");
const { startLabSession } = await import("../src/modules/labs/start-lab-session");
const { refillWarmPool } = await import("../src/modules/labs/warm-pool");
const { countPooled } = await import("../src/modules/labs/queries");
const { runStepCheck } = await import("../src/modules/labs/run-step-check");
const { toSessionRow } = await import("../src/modules/labs/schema");
const { labTerminalRoute } = await import("../src/modules/labs/terminal/terminal-gateway");
const { encode } = await import("next-auth/jwt");
const { default: WebSocket } = await import("ws");

const slug = process.env.BENCH_LAB ?? "first-boot";
const MAX_LABS = Number(process.env.BENCH_MAX_LABS ?? 80);
const lab = await getLab(slug);
if (!lab) throw new Error(`No lab "${slug}"`);
const runtime = labRuntime(labConfig().owner);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const med = (xs: number[]) => pct(xs, 50);
const ms = (n: number) => `${n.toFixed(1)} ms`;
let userN = 0;
const newUser = async () => (await db.user.create({ data: { name: `bench ${userN}`, email: `bench-${userN++}@example.com` } })).id;
const finish = async (id: string) => {
  await runtime.destroy(id);
  await db.labSession.update({ where: { id }, data: { status: "destroyed", subnet: null } });
};

/** First output byte on a fresh terminal: the moment a learner sees a prompt. */
async function terminalReady(sessionId: string) {
  const term = await runtime.openTerminal(sessionId, lab!.hosts.find((h) => h.terminal)!.name, {
    user: "learner",
    cmd: ["tmux", "new-session", "-A", "-s", "lab"],
    cols: 80,
    rows: 24,
  });
  await new Promise((resolve) => term.stream.once("data", resolve));
  term.close();
}

// 1. Cold start vs raw create+start of the same containers. The learner's prompt comes as soon as the
// workstation runs; "set up" is when every camera answers and setup.sh is done (checks unlock).
const cold: number[] = [];
const setUp: number[] = [];
const raw: number[] = [];
const rawTerminal: number[] = [];
/** The baseline: network + create + start of the hosts, straight through the Engine API, no limits or labels. */
async function rawStart(hosts: Awaited<ReturnType<typeof resolveHostSpecs>>, id: string) {
  const t0 = performance.now();
  await dockerCall({
    path: "/networks/create?",
    method: "POST",
    options: { _query: {}, _body: { Name: id, Internal: true, Labels: { "academy.owner": labConfig().owner } } },
  });
  await Promise.all(
    hosts.map((h) =>
      dockerCall({
        path: "/containers/create?",
        method: "POST",
        options: {
          _query: { name: `${id}-${h.name}` },
          _body: {
            Image: h.tag,
            Cmd: h.profile.cmd,
            Env: Object.entries(h.env).map(([k, v]) => `${k}=${v}`),
            HostConfig: { NetworkMode: id },
          },
        },
      }),
    ),
  );
  await Promise.all(
    hosts.map((h) => dockerCall({ path: `/containers/${id}-${h.name}/start?`, method: "POST", options: { _query: {}, _body: {} } })),
  );
  const took = performance.now() - t0;
  await Promise.all(
    hosts.map((h) => dockerCall({ path: `/containers/${id}-${h.name}?`, method: "DELETE", options: { force: true, v: true } })),
  );
  await dockerCall({ path: `/networks/${id}`, method: "DELETE" });
  return took;
}

for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const started = await startLabSession(await newUser(), slug);
  if (!started.ok) throw new Error(started.error);
  await started.terminalReady;
  await terminalReady(started.sessionId);
  cold.push(performance.now() - t0);
  await started.provisioning;
  setUp.push(performance.now() - t0);
  await finish(started.sessionId);

  const hosts = await resolveHostSpecs(lab, generateVariables(lab.variables));
  raw.push(await rawStart(hosts, `benchraw${Date.now()}${i}`));
  rawTerminal.push(
    await rawStart(
      hosts.filter((h) => h.profile.terminal),
      `benchrawt${Date.now()}${i}`,
    ),
  );
}
console.log(
  `cold start (start -> terminal prompt): median ${ms(med(cold))}; raw network+create+start: median ${ms(med(raw))}; ratio ${(med(cold) / med(raw)).toFixed(2)} (goal <= 1.3)`,
);
console.log(
  `  raw network+create+start of the terminal host alone: median ${ms(med(rawTerminal))}; cold start / that ${(med(cold) / med(rawTerminal)).toFixed(2)} (our own overhead)`,
);
console.log(
  `  lab fully set up (cameras healthy, setup.sh done, checks unlocked): median ${ms(med(setUp))}; ratio to raw ${(med(setUp) / med(raw)).toFixed(2)}`,
);
// Where the time goes in the last cold start: the engine phase vs the hosts' own boot (health) and setup.sh.
const last = (await db.labSession.findFirst({
  where: { readyAt: { not: null } },
  orderBy: { createdAt: "desc" },
  select: { createdAt: true, terminalAt: true, progress: true },
}))!;
const since = (at: string | Date) => `+${new Date(at).getTime() - last.createdAt.getTime()}`;
const phases = toSessionRow({ ...last, variables: {} }).progress.map((e) => `${e.message} ${since(e.at)}`);
console.log(`  phases (ms after the session row): ${phases.join(" | ")} | terminal open ${since(last.terminalAt!)}`);

// 2. Warm pool: claiming a provisioned session.
const warm: number[] = [];
for (let i = 0; i < 12; i++) {
  while ((await countPooled(slug)) < 2) await refillWarmPool(lab, 2);
  const t0 = performance.now();
  const started = await startLabSession(await newUser(), slug);
  warm.push(performance.now() - t0);
  if (started.ok) await finish(started.sessionId);
}
for (const s of await db.labSession.findMany({ where: { userId: null }, select: { id: true } })) await finish(s.id);
console.log(`warm-pool start: median ${ms(med(warm))}, p95 ${ms(pct(warm, 95))} (goal p95 <= 100 ms)`);

// 3. Keystroke echo round trip: through the WebSocket gateway vs a direct exec attach.
const owner = await newUser();
const session = await startLabSession(owner, slug);
if (!session.ok) throw new Error(session.error);
await session.provisioning;
const route = labTerminalRoute(process.env.AUTH_SECRET);
const server = http.createServer();
server.on("upgrade", (req, socket, head) => void route.handle(req, socket, head));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as { port: number }).port;
const cookie = `authjs.session-token=${await encode({ token: { sub: owner, sv: 0 }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" })}`;

async function rtt(send: (s: string) => void, onData: (fn: (s: string) => void) => void, n = 200) {
  const times: number[] = [];
  let buffer = "";
  let waiting: (() => void) | undefined;
  onData((s) => {
    buffer += s;
    waiting?.();
  });
  await new Promise((r) => setTimeout(r, 500));
  for (let i = 0; i < n; i++) {
    const ch = "abcdefghijklmnopqrstuvwxyz"[i % 26];
    buffer = "";
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      waiting = () => buffer.includes(ch) && resolve();
      send(ch);
    });
    times.push(performance.now() - t0);
  }
  send("\u0015"); // clear the line
  return times;
}
const ws = new WebSocket(`ws://127.0.0.1:${port}/api/labs/${session.sessionId}/terminal?cols=80&rows=24`, { headers: { cookie } });
await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)));
const viaGateway = await rtt(
  (s) => ws.send(JSON.stringify({ t: "i", d: s })),
  (fn) => ws.on("message", (d) => fn(d.toString())),
);
ws.close();
const direct = await runtime.openTerminal(session.sessionId, lab.hosts.find((h) => h.terminal)!.name, {
  user: "learner",
  cmd: ["tmux", "new-session", "-A", "-s", "lab"],
  cols: 80,
  rows: 24,
});
const viaExec = await rtt(
  (s) => direct.stream.write(s),
  (fn) => direct.stream.on("data", (d: Buffer) => fn(d.toString())),
);
direct.close();
server.close();
console.log(
  `keystroke echo: gateway median ${ms(med(viaGateway))} p99 ${ms(pct(viaGateway, 99))}; direct exec median ${ms(med(viaExec))} p99 ${ms(pct(viaExec, 99))}`,
);
await finish(session.sessionId);

// 4. Density: idle labs until a check takes over 1 s (bounded), and memory per idle lab.
const ids: string[] = [];
let worstCheck = 0;
let reached = 0;
while (ids.length < MAX_LABS) {
  const batch = await Promise.all(
    Array.from({ length: Math.min(4, MAX_LABS - ids.length) }, async () => {
      const s = await startLabSession(await newUser(), slug);
      if (!s.ok) throw new Error(s.error);
      await s.provisioning;
      return s.sessionId;
    }),
  );
  ids.push(...batch);
  const probe = toSessionRow({
    ...(await db.labSession.findUniqueOrThrow({
      where: { id: ids[Math.floor(Math.random() * ids.length)] },
      select: { id: true, status: true, variables: true, progress: true },
    })),
  });
  const t0 = performance.now();
  await runStepCheck(lab, probe, lab.steps[0].id, runtime);
  worstCheck = performance.now() - t0;
  if (worstCheck > 1000) break;
  reached = ids.length;
  if (ids.length % 20 === 0) console.log(`  ${ids.length} idle labs: check ${ms(worstCheck)}`);
}
const containers = await dockerCall<{ Id: string }[]>({
  path: "/containers/json?",
  method: "GET",
  options: { filters: JSON.stringify({ label: [`academy.owner=${labConfig().owner}`] }) },
});
let used = 0;
for (let i = 0; i < containers.length; i += 8) {
  const stats = await Promise.all(
    containers.slice(i, i + 8).map((c) =>
      dockerCall<{ memory_stats: { usage?: number; stats?: { cache?: number } } }>({
        path: `/containers/${c.Id}/stats?`,
        method: "GET",
        options: { stream: false, "one-shot": true },
      }),
    ),
  );
  used += stats.reduce((n, s) => n + (s.memory_stats.usage ?? 0) - (s.memory_stats.stats?.cache ?? 0), 0);
}
console.log(
  `density: ${reached} concurrent idle labs with a check under 1 s (stopped at ${ids.length}${ids.length >= MAX_LABS ? ", the bound" : ""}; last check ${ms(worstCheck)}); memory per idle lab ${(used / ids.length / 1024 / 1024).toFixed(1)} MiB`,
);
for (const id of ids) await finish(id);
await db.$disconnect();

// `npm run bench:pages`: latency of course pages at 50 concurrent clients against a production build
// (scripts/serve-e2e.sh), next to a static file measured in the same run as a baseline.
//   NEXT_DIST_DIR=.next-x BENCH_PORT=3190 BENCH_SECONDS=10 npm run bench:pages
import { execFileSync, spawn } from "node:child_process";
import os from "node:os";
import { createRequire } from "node:module";
import { loadCourses } from "../src/modules/courses/load-courses";

type Instance = { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type Result = { requests: { average: number }; non2xx: number; errors: number; timeouts: number };
type Autocannon = (opts: Record<string, unknown>, done: (err: Error | null, result: Result) => void) => Instance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const TARGET_P95_MS = 50;
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const base = `http://127.0.0.1:${PORT}`;

// Measure the current sources: (re)build when the build is missing or stale.
execFileSync("bash", ["scripts/build-if-changed.sh"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function run(url: string, seconds: number): Promise<{ median: number; p95: number; p99: number; rps: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (err, result) => {
      if (err) return reject(err);
      latencies.sort((a, b) => a - b);
      resolve({
        median: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        rps: result.requests.average,
        failed: result.non2xx + result.errors + result.timeouts,
      });
    });
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

async function waitForHealth(deadline = Date.now() + 120_000) {
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

const { courses } = await loadCourses(process.cwd());
const course = courses.find((c) => c.lessons.length > 0);
if (!course) throw new Error("no course with lessons to benchmark");
const lesson = course.lessons[Math.floor(course.lessons.length / 2)];
const targets = [
  { name: "baseline /icon.svg", url: `${base}/icon.svg` },
  { name: `lesson /courses/${course.slug}/${lesson.slug}`, url: `${base}/courses/${course.slug}/${lesson.slug}` },
  { name: `course /courses/${course.slug}`, url: `${base}/courses/${course.slug}` },
];

const server = spawn("bash", ["scripts/serve-e2e.sh", String(PORT)], {
  detached: true,
  stdio: "ignore",
  env: { ...process.env, NEXT_DIST_DIR: distDir },
});
const stop = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {}
};
process.on("exit", stop);
try {
  await waitForHealth();
  for (const t of targets) await run(t.url, 2); // warm caches and the JIT
  const rows = [];
  for (const t of targets) rows.push({ ...t, ...(await run(t.url, SECONDS)) });
  const fmt = (n: number) => n.toFixed(1).padStart(7);
  // Client and server share this machine: the load average says how much else was competing.
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s per target (${distDir}), ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(`${"target".padEnd(70)}  median      p95      p99    req/s  failed`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(70)} ${fmt(r.median)}  ${fmt(r.p95)}  ${fmt(r.p99)}  ${String(Math.round(r.rps)).padStart(7)}  ${r.failed}`,
    );
  const [baseline, page] = rows;
  console.log(
    `\nlesson/baseline ratio: median ${(page.median / baseline.median).toFixed(2)}x, p95 ${(page.p95 / baseline.p95).toFixed(2)}x`,
  );
  const ok = rows.slice(1).every((r) => r.p95 < TARGET_P95_MS && r.failed === 0);
  console.log(
    ok ? `PASS: course pages p95 < ${TARGET_P95_MS} ms` : `FAIL: a course page has p95 >= ${TARGET_P95_MS} ms or failed requests`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  stop();
}

// Prometheus metrics (prom-client), one registry per process on globalThis: server.ts and the bundled
// route code record into the same one. Served at /api/metrics (admins, or loopback only).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "academy_" });
  const registers = [registry];
  return {
    registry,
    labStartSeconds: new Histogram({
      name: "academy_lab_start_seconds",
      help: "From pressing Start to every lab host ready (cold starts; a warm-pool claim is instant).",
      labelNames: ["lab"],
      buckets: [1, 2, 5, 10, 20, 30, 60, 120, 300],
      registers,
    }),
    checkSeconds: new Histogram({
      name: "academy_lab_check_seconds",
      help: "Duration of a learner's Check, by outcome (passed, failed, refused).",
      labelNames: ["lab", "outcome"],
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
    checkFailures: new Counter({
      name: "academy_lab_check_failures_total",
      help: "Checks that did not pass: failed (the step is not done yet) or refused (lab not running, unknown step).",
      labelNames: ["lab", "reason"],
      registers,
    }),
    terminalConnections: new Gauge({
      name: "academy_terminal_connections",
      help: "Open lab terminal WebSockets in this process (owner shells and read-only watchers).",
      labelNames: ["mode"],
      registers,
    }),
    reaperActions: new Counter({
      name: "academy_reaper_actions_total",
      help: "Lab sessions ended by the reaper and Docker objects removed by reconciliation.",
      labelNames: ["action"],
      registers,
    }),
    httpSeconds: new Histogram({
      name: "academy_http_request_seconds",
      help: "HTTP requests served by this process.",
      labelNames: ["method", "status"],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    // Read from the database at each scrape (the same for every app process).
    labs: new Gauge({ name: "academy_labs", help: "Lab sessions by status.", labelNames: ["status"], registers }),
    labsRunning: new Gauge({ name: "academy_labs_running", help: "Lab sessions provisioning or ready.", registers }),
    labsQueued: new Gauge({
      name: "academy_labs_queued",
      help: "Lab starts waiting for admission (entries waiting in the admission queue).",
      registers,
    }),
    examAttemptsInProgress: new Gauge({
      name: "academy_exam_attempts_in_progress",
      help: "Exam attempts started and not yet submitted, before their deadline.",
      registers,
    }),
    signInFailures: new Gauge({
      name: "academy_sign_in_failures_recent",
      help: "Failed sign-in attempts in the last 15 minutes (the rate-limit window).",
      registers,
    }),
    prunedRows: new Counter({
      name: "academy_pruned_rows_total",
      help: "Rows removed by the retention pruner.",
      labelNames: ["table"],
      registers,
    }),
  };
}

const g = globalThis as unknown as { academyMetrics?: ReturnType<typeof createMetrics> };
export const metrics = (g.academyMetrics ??= createMetrics());

import "server-only";
// Server-sent events for the live cohort view. Each connection polls the database (no in-process
// shared state, so several app processes work) and only sends when the view changed.
import { getLabProgressForUsers } from "@/src/modules/labs/queries/report-progress";
import { buildCohortRows, formatSseEvent, type CohortRow } from "./build-cohort-rows";
import { listEnrolledAttendees } from "./queries";

const POLL_MS = 2_000;
const HEARTBEAT_MS = 15_000;
const MAX_STREAM_MS = 4 * 60 * 60_000; // the browser's EventSource reconnects after this

export async function loadCohort(sessionId: string, now = new Date()): Promise<CohortRow[]> {
  const roster = await listEnrolledAttendees(sessionId);
  const progress = await getLabProgressForUsers(roster.map((r) => r.userId));
  return buildCohortRows(roster, progress, now);
}

export function streamCohort(sessionId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream({
    start(controller) {
      const started = Date.now();
      let last = "";
      let lastSent = 0;
      const close = () => {
        clearTimeout(timer);
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      signal.addEventListener("abort", close, { once: true });
      controller.enqueue(encoder.encode(`retry: 3000\n\n`));
      const tick = async () => {
        if (signal.aborted) return;
        if (Date.now() - started > MAX_STREAM_MS) return close();
        try {
          const rows = await loadCohort(sessionId);
          const body = JSON.stringify(rows);
          if (body !== last) {
            last = body;
            lastSent = Date.now();
            controller.enqueue(encoder.encode(formatSseEvent({ at: new Date().toISOString(), rows }, "cohort")));
          } else if (Date.now() - lastSent > HEARTBEAT_MS) {
            lastSent = Date.now();
            controller.enqueue(encoder.encode(`: keep-alive\n\n`)); // keeps proxies from timing out
          }
        } catch (error) {
          controller.enqueue(encoder.encode(formatSseEvent({ error: "Could not load progress." }, "problem")));
          console.error("cohort stream", error);
        }
        if (!signal.aborted) timer = setTimeout(tick, POLL_MS);
      };
      void tick();
    },
    cancel() {
      clearTimeout(timer);
    },
  });
}

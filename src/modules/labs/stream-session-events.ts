import "server-only";
import { findSession } from "./queries";
import { signalMark, signalsCrossProcesses, waitForSignal } from "./session-signals";

const POLL_MS = 250;
const SAFETY_READ_MS = 30_000; // PostgreSQL: every change arrives as a NOTIFY; this only bounds a lost one
const MAX_STREAM_MS = 5 * 60_000;

/**
 * Server-sent events for one session: each new provisioning event, `terminal` once the learner can have
 * a shell, then the final status. State lives in the database (any app process may be provisioning), so
 * this reads it when woken: by any process's signal on PostgreSQL, by this process's or every POLL_MS on SQLite.
 */
export function streamSessionEvents(sessionId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (event: string, data: unknown) =>
        controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      let sent = 0;
      let terminalSent = false;
      const started = Date.now();
      const waitMs = signalsCrossProcesses() ? SAFETY_READ_MS : POLL_MS;
      try {
        while (!signal.aborted && Date.now() - started < MAX_STREAM_MS) {
          const mark = signalMark(); // a change between this read and the wait below still wakes it
          const session = await findSession(sessionId);
          if (!session) break;
          const progress = session.progress;
          for (; sent < progress.length; sent++) send("progress", progress[sent]);
          if (session.terminalAt && !terminalSent) {
            send("terminal", {});
            terminalSent = true;
          }
          if (session.status !== "provisioning") {
            send("status", { status: session.status });
            break;
          }
          await waitForSignal(sessionId, waitMs, signal, mark);
        }
      } finally {
        try {
          controller.close();
        } catch {
          // the client went away first
        }
      }
    },
  });
}

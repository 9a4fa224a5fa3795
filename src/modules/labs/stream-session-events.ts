import "server-only";
import { findSession } from "./queries";
import { waitForSignal } from "./session-signals";

const POLL_MS = 250;
const MAX_STREAM_MS = 5 * 60_000;

/**
 * Server-sent events for one session: each new provisioning event, `terminal` once the learner can have
 * a shell, then the final status. State lives in the database (any app process may be provisioning), so
 * this reads it, woken by this process's signals or, for other processes, every POLL_MS.
 */
export function streamSessionEvents(sessionId: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (event: string, data: unknown) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      let sent = 0;
      let terminalSent = false;
      const started = Date.now();
      try {
        while (!signal.aborted && Date.now() - started < MAX_STREAM_MS) {
          const session = await findSession(sessionId);
          if (!session) break;
          const progress = JSON.parse(session.progress) as unknown[];
          for (; sent < progress.length; sent++) send("progress", progress[sent]);
          if (session.terminalAt && !terminalSent) {
            send("terminal", {});
            terminalSent = true;
          }
          if (session.status !== "provisioning") {
            send("status", { status: session.status });
            break;
          }
          await waitForSignal(sessionId, POLL_MS, signal);
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

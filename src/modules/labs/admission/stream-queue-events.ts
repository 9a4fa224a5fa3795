import "server-only";
import { waitForSignal } from "../session-signals";
import { QUEUE_SIGNAL } from "./admit-waiting";
import { describeQueue } from "./describe-queue";
import { touchEntry } from "./queries";

const POLL_MS = 1000; // another process may admit: the database is the truth
const TOUCH_MS = 20_000;
const MAX_STREAM_MS = 5 * 60_000; // EventSource reconnects by itself

/**
 * Server-sent events for a learner waiting for a lab: `place` whenever their place or estimate changes,
 * then `admitted` (with the session id; the page then follows the session's own stream) or `left`.
 * While open it keeps the entry seen, so it does not lapse.
 */
export function streamQueueEvents(userId: string, labSlug: string, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      const send = (event: string, data: unknown) =>
        controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      const started = Date.now();
      let last = "";
      let touched = 0;
      try {
        while (!signal.aborted && Date.now() - started < MAX_STREAM_MS) {
          const view = await describeQueue(userId, labSlug);
          if (view.state !== "waiting") {
            send(view.state === "admitted" ? "admitted" : "left", view.state === "admitted" ? { sessionId: view.sessionId } : {});
            break;
          }
          if (Date.now() - touched >= TOUCH_MS) {
            await touchEntry(view.entryId);
            touched = Date.now();
          }
          // The estimate moves every second: a new event when it moves by half a minute or the place changes.
          const { position, waiting, estimateSeconds } = view.place;
          const place = `${position}/${waiting}/${Math.round(estimateSeconds / 30)}`;
          if (place !== last) send("place", view.place);
          last = place;
          await waitForSignal(QUEUE_SIGNAL, POLL_MS, signal);
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

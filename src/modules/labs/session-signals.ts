import { EventEmitter } from "node:events";
import { isPostgresUrl } from "@/src/server/db-postgres";
import { openPgChannel, type PgChannel } from "@/src/server/db-notify";

// Wakes event streams the moment a session changes, instead of at their next database read. With
// SQLite (one process) the wake-up is an in-process event and streams still poll every 250 ms; on
// PostgreSQL it also goes through LISTEN/NOTIFY, so a stream in any app process wakes, and streams only
// re-read at a slow safety interval. On globalThis because Next may load this module once per route
// bundle, and the provisioning route and the stream route must share it.
const CHANNEL = "academy_session";
const ANY = "*"; // every waiter: after a LISTEN gap, when notifications may have been lost
type Signals = { bus: EventEmitter; seq: number; last: Map<string, number>; gap: number; channel?: PgChannel | null };
const g = globalThis as typeof globalThis & { academySessionSignals?: Signals };
const state: Signals = (g.academySessionSignals ??= { bus: new EventEmitter().setMaxListeners(0), seq: 0, last: new Map(), gap: 0 });
const MAX_REMEMBERED = 10_000;

function wake(sessionId: string) {
  state.last.delete(sessionId); // re-inserted last: the Map stays ordered oldest first
  state.last.set(sessionId, ++state.seq);
  if (state.last.size > MAX_REMEMBERED) state.last.delete(state.last.keys().next().value!);
  state.bus.emit(sessionId);
}

function channel(): PgChannel | null {
  if (state.channel !== undefined) return state.channel;
  const url = process.env.DATABASE_URL ?? "";
  state.channel = isPostgresUrl(url)
    ? openPgChannel(url, CHANNEL, wake, () => {
        state.gap = ++state.seq;
        state.bus.emit(ANY);
      })
    : null;
  return state.channel;
}

/** True when wake-ups reach every app process (PostgreSQL), so waiting needs no polling. */
export function signalsCrossProcesses(): boolean {
  return channel() !== null;
}

export function signalSession(sessionId: string): void {
  wake(sessionId);
  channel()
    ?.publish(sessionId)
    .catch((error) => console.error("[labs] session signal:", error instanceof Error ? error.message : error));
}

/** A mark to take before reading a session: waitForSignal(…, since) then also counts signals sent since. */
export function signalMark(): number {
  return state.seq;
}

/** Resolves on the session's next signal (or one after `since`), after `ms`, or on abort, whichever comes first. */
export function waitForSignal(sessionId: string, ms: number, abort?: AbortSignal, since = Infinity): Promise<void> {
  channel();
  if ((state.last.get(sessionId) ?? 0) > since || state.gap > since) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      state.bus.off(sessionId, done);
      state.bus.off(ANY, done);
      abort?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    state.bus.once(sessionId, done);
    state.bus.once(ANY, done);
    abort?.addEventListener("abort", done, { once: true });
  });
}

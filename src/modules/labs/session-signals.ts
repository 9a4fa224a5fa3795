import { EventEmitter } from "node:events";

// Wakes this process's event streams the moment a session changes, instead of at their next database
// poll (they still poll: another process may be the one provisioning). On globalThis because Next may
// load this module once per route bundle, and the provisioning route and the stream route must share it.
const g = globalThis as typeof globalThis & { academySessionSignals?: EventEmitter };
const bus = (g.academySessionSignals ??= new EventEmitter().setMaxListeners(0));

export function signalSession(sessionId: string): void {
  bus.emit(sessionId);
}

/** Resolves on the session's next signal, after `ms`, or on abort, whichever comes first. */
export function waitForSignal(sessionId: string, ms: number, abort?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      bus.off(sessionId, done);
      abort?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    bus.once(sessionId, done);
    abort?.addEventListener("abort", done, { once: true });
  });
}

import { describe, expect, it } from "vitest";
import { signalSession, waitForSignal } from "./session-signals";

describe("session signals", () => {
  it("wakes a waiting stream at once when its session changes, not at the poll interval", async () => {
    const t0 = Date.now();
    const waiting = waitForSignal("s1", 5000);
    signalSession("s2"); // another session's change does not wake it
    setTimeout(() => signalSession("s1"), 20);
    await waiting;
    expect(Date.now() - t0).toBeLessThan(1000);
  });
  it("falls back to the timeout, and to an abort, and leaves no listener behind", async () => {
    const t0 = Date.now();
    await waitForSignal("s3", 50);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    const abort = new AbortController();
    const waiting = waitForSignal("s3", 5000, abort.signal);
    abort.abort();
    await waiting;
    const bus = (globalThis as { academySessionSignals?: { listenerCount(e: string): number } }).academySessionSignals!;
    expect(bus.listenerCount("s3")).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { signalMark, signalSession, waitForSignal } from "./session-signals";

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
    const { bus } = (globalThis as { academySessionSignals?: { bus: { listenerCount(e: string): number } } }).academySessionSignals!;
    expect(bus.listenerCount("s3")).toBe(0);
    expect(bus.listenerCount("*")).toBe(0);
  });
  it("does not miss a change signalled between the stream's read and its wait (the mark)", async () => {
    const mark = signalMark(); // taken before reading the session
    signalSession("s4"); // the change lands while the stream is still reading
    const t0 = Date.now();
    await waitForSignal("s4", 5000, undefined, mark);
    expect(Date.now() - t0).toBeLessThan(100);
    const later = signalMark();
    const t1 = Date.now();
    await waitForSignal("s4", 60, undefined, later); // nothing new since: waits for the timeout
    expect(Date.now() - t1).toBeGreaterThanOrEqual(55);
  });
});

import { describe, expect, it } from "vitest";
import { createDockerWorkScheduler, type WorkClass } from "./schedule-docker-work";

/** A call that finishes when the test says so, recording when it began. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((r) => (open = r));
  return { call: () => (log.push(name), done), open: () => open() };
}
const tick = () => new Promise((r) => setImmediate(r));

describe("createDockerWorkScheduler", () => {
  it("never runs more than its concurrency at once", async () => {
    const s = createDockerWorkScheduler(2);
    let now = 0;
    let peak = 0;
    const call = async () => {
      peak = Math.max(peak, ++now);
      await tick();
      now--;
    };
    await Promise.all(Array.from({ length: 10 }, (_, i) => s.run(i % 2 ? "rest" : "terminal", i, call)));
    expect(peak).toBe(2);
    expect(s.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("runs every waiting terminal call before any other, each class in order of arrival", async () => {
    const s = createDockerWorkScheduler(1);
    const log: string[] = [];
    const blocker = gate(log, "blocker");
    const first = s.run("rest", s.arrive(), blocker.call);
    const [a, b, c] = [s.arrive(), s.arrive(), s.arrive()];
    const queued: [WorkClass, number, string][] = [
      ["rest", c, "camera c"],
      ["rest", a, "camera a"],
      ["terminal", c, "shell c"],
      ["rest", b, "camera b"],
      ["terminal", a, "shell a"],
      ["terminal", b, "shell b"],
    ];
    const all = queued.map(([cls, arrival, name]) => s.run(cls, arrival, async () => void log.push(name)));
    expect(s.load()).toEqual({ running: 1, waiting: 6 });
    blocker.open();
    await Promise.all([first, ...all]);
    expect(log).toEqual(["blocker", "shell a", "shell b", "shell c", "camera a", "camera b", "camera c"]);
  });

  it("passes results and errors through and keeps going after a failure", async () => {
    const s = createDockerWorkScheduler(1);
    const failed = s.run("terminal", 0, async () => {
      throw new Error("engine said no");
    });
    await expect(failed).rejects.toThrow("engine said no");
    await expect(s.run("rest", 1, async () => 42)).resolves.toBe(42);
  });
});

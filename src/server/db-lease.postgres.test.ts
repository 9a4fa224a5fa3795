import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { openPgChannel } from "./db-notify";
import { runUnderLease } from "./db-lease";
import { pgConfig } from "./db-postgres";

// The cross-process pieces on a real PostgreSQL: the lease (advisory lock) and LISTEN/NOTIFY, including
// what happens when their connections are cut (the server terminating the backend, as a failover would).
process.env.LEASE_RETRY_SECONDS = "0.2";
const url = process.env.DATABASE_URL!;
const admin = new pg.Client(pgConfig(url));
const adminReady = admin.connect();
afterAll(() => admin.end());

/** Terminates backends of this database (another process's connection dying); returns how many. */
async function cut(where: string, params: unknown[] = []) {
  await adminReady;
  const { rows } = await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND ${where}`,
    params,
  );
  return rows.length;
}

function worker(name: string) {
  const state = { running: false, starts: 0 };
  const stop = runUnderLease(name, async () => {
    state.running = true;
    state.starts++;
    return () => (state.running = false);
  });
  return { state, stop };
}

it("runs the work in exactly one holder, and moves it within a second when the holder's connection dies", async () => {
  const a = worker("lease-test");
  const b = worker("lease-test");
  await expect.poll(() => a.state.running || b.state.running, { timeout: 5000 }).toBe(true);
  await new Promise((r) => setTimeout(r, 600)); // several retry rounds: the other must still be waiting
  expect([a.state.running, b.state.running].filter(Boolean)).toHaveLength(1);
  const [holder, waiting] = a.state.running ? [a, b] : [b, a];

  expect(await cut("pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)")).toBe(1); // the holder's
  const t0 = Date.now();
  await expect.poll(() => waiting.state.running, { timeout: 5000, interval: 20 }).toBe(true);
  expect(Date.now() - t0).toBeLessThan(2000);
  await expect.poll(() => holder.state.running).toBe(false); // the old holder stopped at once, never both
  (await holder.stop)();
  (await waiting.stop)();
  expect(waiting.state.running).toBe(false);
});

it("delivers a NOTIFY to another listener, and after its connection is cut reconnects and reports the gap", async () => {
  const got: string[] = [];
  let gaps = 0;
  const listener = openPgChannel(
    url,
    "lease_test",
    (p) => got.push(p),
    () => gaps++,
  );
  const sender = openPgChannel(
    url,
    "lease_test",
    () => {},
    () => {},
  );
  await Promise.all([listener.ready, sender.ready]);
  await sender.publish("one");
  await expect.poll(() => got).toContain("one");
  expect(gaps).toBe(1); // the first LISTEN

  expect(await cut("query = $1", ["LISTEN lease_test"])).toBe(2);
  await expect.poll(() => gaps, { timeout: 5000 }).toBe(2); // listening again, and subscribers told to re-read
  await sender.publish("two");
  await expect.poll(() => got).toContain("two");
  await Promise.all([listener.close(), sender.close()]);
});

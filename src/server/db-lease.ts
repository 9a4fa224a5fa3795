// Work that must run in exactly one app process at a time (the lab reaper, warm pool and reconcile) runs
// under a lease: a PostgreSQL session-level advisory lock held on a connection of its own. When the
// holder dies its connection closes and PostgreSQL releases the lock; the other processes try again
// every LEASE_RETRY_SECONDS, so one of them takes over within seconds. A holder that loses its
// connection stops the work at once. With SQLite there is one process, which simply runs the work.
import pg from "pg";
import { isPostgresUrl, pgConfig } from "./db-postgres";

type Stop = () => void;
const LOCK_CLASS = 0x41434144; // "ACAD": advisory locks of this app, keyed by hashtext(name)
const g = globalThis as typeof globalThis & { academyLeases?: { wanted: Set<string>; held: Set<string> } };
const leases = (g.academyLeases ??= { wanted: new Set(), held: new Set() });

/**
 * True when this process may do the lease's work now: it holds the lease, the database is SQLite, or
 * this process never asked for it (a script, test or benchmark acting on its own behalf).
 */
export function mayRunExclusive(name: string, url = process.env.DATABASE_URL ?? ""): boolean {
  return !isPostgresUrl(url) || leases.held.has(name) || !leases.wanted.has(name);
}

/** Starts the work now (SQLite) or whenever this process holds the lease (PostgreSQL); resolves to its stop. */
export async function runUnderLease(name: string, start: () => Promise<Stop>, url = process.env.DATABASE_URL ?? ""): Promise<Stop> {
  if (!isPostgresUrl(url)) return start();
  leases.wanted.add(name);
  const retryMs = Number(process.env.LEASE_RETRY_SECONDS ?? 2) * 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let release: (() => void) | undefined;

  const attempt = async () => {
    const client = new pg.Client({ ...pgConfig(url), keepAlive: true });
    let stopWork: Stop | undefined;
    let heartbeat: NodeJS.Timeout | undefined;
    let over = false;
    const lost = (why: string) => {
      if (over) return;
      over = true;
      clearInterval(heartbeat);
      if (leases.held.delete(name)) console.log(`[lease] ${name}: released by pid ${process.pid} (${why})`);
      stopWork?.();
      client.end().catch(() => {});
      if (!stopped) timer = setTimeout(() => void attempt(), retryMs);
    };
    release = () => lost("stopping");
    client.on("error", (e) => lost(e.message));
    client.on("end", () => lost("connection closed"));
    try {
      await client.connect();
      const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok", [LOCK_CLASS, name]);
      if (!rows[0].ok) return lost("held elsewhere");
      leases.held.add(name);
      console.log(`[lease] ${name}: held by pid ${process.pid}`);
      const work = await start();
      if (over) return work(); // lost while starting
      stopWork = work;
      // A query now and then notices a dead connection (and so a lost lock) without waiting for TCP.
      heartbeat = setInterval(() => client.query("SELECT 1").catch((e: Error) => lost(e.message)), retryMs);
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
    }
  };
  void attempt();
  return () => {
    stopped = true;
    clearTimeout(timer);
    release?.();
    leases.wanted.delete(name);
  };
}

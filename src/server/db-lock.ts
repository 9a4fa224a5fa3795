// Serialising transactions on a key, for checks that count rows and then write (the sign-in throttle).
// SQLite needs nothing: a transaction's first write takes its one write lock. PostgreSQL reads committed
// rows only, so two transactions would both count before either inserts: an advisory lock held until
// the transaction ends puts them in line.
import type { Db } from "./db-client";
import { isPostgresUrl } from "./db-postgres";

export type Tx = Parameters<Extract<Parameters<Db["$transaction"]>[0], (...args: never[]) => unknown>>[0];
const LOCK_CLASS = 0x41434145; // advisory transaction locks of this app (db-lease's class + 1), keyed by hashtext(key)

export async function lockForTransaction(tx: Tx, key: string, url = process.env.DATABASE_URL ?? ""): Promise<void> {
  if (isPostgresUrl(url)) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${key}::text))`;
}

// Cross-process wake-ups over PostgreSQL LISTEN/NOTIFY: one listening connection per process and
// channel, reconnected when it drops. After (re)connecting, `onGap` runs, because notifications sent
// while nobody listened are lost: subscribers then re-read whatever they wait on.
import pg from "pg";
import { pgConfig } from "./db-postgres";

export type PgChannel = {
  publish(payload: string): Promise<void>;
  /** Resolves once LISTEN is active (notifications from then on arrive). */
  ready: Promise<void>;
  close(): Promise<void>;
};

const RECONNECT_MS = 1000;

export function openPgChannel(url: string, channel: string, onMessage: (payload: string) => void, onGap: () => void): PgChannel {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  const sender = new pg.Pool({ ...pgConfig(url), max: 2 });
  sender.on("error", () => {}); // an idle sender connection dropped: the pool opens another
  let listener: pg.Client | undefined;
  let closed = false;
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const listen = async () => {
    const client = new pg.Client(pgConfig(url));
    const retry = () => {
      if (listener !== client) return;
      listener = undefined;
      client.end().catch(() => {});
      if (!closed) setTimeout(() => void listen(), RECONNECT_MS).unref();
    };
    listener = client;
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", (n) => n.channel === channel && onMessage(n.payload ?? ""));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      markReady();
      onGap();
    } catch {
      retry();
    }
  };
  void listen();

  return {
    ready,
    async publish(payload) {
      await sender.query("SELECT pg_notify($1, $2)", [channel, payload]);
    },
    async close() {
      closed = true;
      const client = listener;
      listener = undefined;
      await Promise.allSettled([client?.end(), sender.end()]);
    },
  };
}

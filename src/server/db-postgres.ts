// PostgreSQL connections for Prisma (@prisma/adapter-pg) and for LISTEN/NOTIFY and advisory locks (pg).
// The URL is split into fields because pg lets a connectionString override `database`, which the
// adapter's shadow database (used by `prisma migrate diff --from-migrations`) relies on.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** postgresql://user:pw@host:port/db?host=/socket/dir → pg fields (host= is the Unix socket form). */
export function pgConfig(url: string): pg.ClientConfig {
  const u = new URL(url);
  return {
    host: u.searchParams.get("host") ?? (decodeURIComponent(u.hostname) || "localhost"),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    application_name: "cyberwall-academy",
  };
}

// Prisma 6.19's schema engine reads catalog columns of types `name` and `"char"`, which adapter-pg 6.19
// rejects ("Column type 'name' could not be deserialized", prisma/orm#27403). Both are plain text.
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);
type Fields = { fields?: { dataTypeID: number }[] };
function asText<T>(result: T): T {
  for (const field of (result as Fields)?.fields ?? []) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  return result;
}
class CatalogTextClient extends pg.Client {
  // @ts-expect-error pg's overloads cannot be restated; this forwards every form unchanged.
  override query(...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => last(err, err ? res : asText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(asText) : out;
  }
}

// adapter-pg 6.19 drops its shadow database while its own pool is still connected to it ("being
// accessed by other users"): close the shadow pool first, then drop.
class MigratePg extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }
  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

/** The adapter for Prisma's CLI (migrate deploy/diff): tolerates the catalog types. */
export function migrateAdapter(url: string) {
  return new MigratePg({ ...pgConfig(url), Client: CatalogTextClient } as pg.PoolConfig);
}

/** The adapter for the app's Prisma client. */
export function appAdapter(url: string) {
  return new PrismaPg({ ...pgConfig(url), max: Number(process.env.PG_POOL_MAX ?? 10) });
}

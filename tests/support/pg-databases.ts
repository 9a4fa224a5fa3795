// Test databases on the run's throwaway PostgreSQL cluster (PG_ADMIN_URL, set by scripts/with-postgres.sh).
import pg from "pg";
import { pgConfig } from "../../src/server/db-postgres";

export const pgAdminUrl = () => process.env.PG_ADMIN_URL;
export function requirePgAdminUrl(): string {
  const url = pgAdminUrl();
  if (!url) throw new Error("the postgres project runs next to a cluster: bash scripts/with-postgres.sh npx vitest run --project postgres");
  return url;
}

/** The cluster URL with another database name. */
export function databaseUrl(adminUrl: string, database: string) {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(adminUrl: string, run: (c: pg.Client) => Promise<T>) {
  const client = new pg.Client(pgConfig(adminUrl));
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string) {
  await admin(adminUrl, async (c) => {
    // Two CREATE DATABASE … TEMPLATE at the same instant can see each other as "other users": retry.
    for (let attempt = 0; ; attempt++) {
      try {
        return await c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
      } catch (e) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string) {
  await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

// The Prisma client factory, shared by the app (through db.ts), scripts and tests. DATABASE_URL picks
// the provider: file:… is SQLite (the default), postgres(ql)://… is PostgreSQL.
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { appAdapter, isPostgresUrl } from "./db-postgres";

// Password hashes are omitted unless a query asks for them explicitly.
const omit = { user: { passwordHash: true } } as const;

function sqliteClient(url: string) {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), omit });
}
export type Db = ReturnType<typeof sqliteClient>;

// The PostgreSQL client is generated from the same models (prisma/.postgres/schema) into
// node_modules/.prisma/client-postgres, so its API is the SQLite client's. It is loaded at run time from
// node_modules (like @prisma/client's own generated client) rather than bundled into next build's output.
function postgresClient(url: string): Db {
  const load = createRequire(path.join(process.cwd(), "package.json"));
  const generated = process.env.PRISMA_POSTGRES_CLIENT ?? ".prisma/client-postgres";
  const { PrismaClient: PgClient } = load(generated) as { PrismaClient: typeof PrismaClient };
  return new PgClient({ adapter: appAdapter(url), omit }) as unknown as Db;
}

export function createPrismaClient(url = process.env.DATABASE_URL ?? "file:./data/academy.db"): Db {
  return isPostgresUrl(url) ? postgresClient(url) : sqliteClient(url);
}

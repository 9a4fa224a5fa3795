// The Prisma client factory, shared by the app (through db.ts), scripts and tests.
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export function createPrismaClient(url = process.env.DATABASE_URL ?? "file:./data/academy.db") {
  const adapter = new PrismaBetterSQLite3({ url });
  // Password hashes are omitted unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;

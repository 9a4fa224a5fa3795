// Prisma 6.19 on its JS/WASM engines: no binary downloads (see ../shared/STACK.md).
// DATABASE_URL picks the provider: file:… is SQLite (the default), postgres(ql)://… is PostgreSQL with
// the schema generated from prisma/schema and its own migration history.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { migrateAdapter } from "./src/server/db-postgres";
import { POSTGRES_MIGRATIONS_DIR, writePostgresSchema } from "./scripts/db/postgres-schema";

process.env.DATABASE_URL ??= "file:./data/academy.db";
process.env.CHECKPOINT_DISABLE = "1";
const url = process.env.DATABASE_URL;
const postgres = /^postgres(ql)?:/.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? writePostgresSchema() : path.join("prisma", "schema"),
  migrations: {
    path: postgres ? POSTGRES_MIGRATIONS_DIR : path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () => (postgres ? migrateAdapter(url) : new PrismaBetterSQLite3({ url })),
});

// Prisma 6.19 on its JS/WASM engines: no binary downloads (see ../shared/STACK.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

process.env.DATABASE_URL ??= "file:./data/academy.db";
process.env.CHECKPOINT_DISABLE = "1";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! }),
});

import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";
import { requirePgAdminUrl } from "../tests/support/pg-databases";
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_DIR, writePostgresSchema } from "../scripts/db/postgres-schema";

// The PostgreSQL history must build exactly the schema generated from prisma/schema (the SQLite history
// is held to the same schema by migrations.test.ts), so both histories build the same database.
// Prisma replays the history into a shadow database on a real PostgreSQL 15 and diffs it with the schema.
it("the PostgreSQL migrations build the schema generated from prisma/schema", () => {
  writePostgresSchema();
  const diff = ["npx", "prisma", "migrate", "diff", "--exit-code", "--script"];
  diff.push("--from-migrations", POSTGRES_MIGRATIONS_DIR, "--to-schema-datamodel", POSTGRES_SCHEMA_DIR);
  const [cmd, ...args] = diff;
  const env = { ...process.env, DATABASE_URL: requirePgAdminUrl(), CHECKPOINT_DISABLE: "1" };
  const run = spawnSync(cmd, args, { encoding: "utf8", env });
  const report = `${run.stdout}\n${run.stderr}\nMissing PostgreSQL migration? Run scripts/make-postgres-migration.sh`;
  expect(run.status, report).toBe(0); // --exit-code: 2 means the history and the schema differ
  expect(run.stdout).toContain("This is an empty migration.");
}, 240_000); // the Prisma CLI (WASM), on a busy 2-core machine

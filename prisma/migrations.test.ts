import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, inject, it } from "vitest";
import { migrationCoverage } from "../scripts/db/migration-coverage";

// The migrations must build exactly the database the schema describes: a schema edit without its
// migration would only show up as "no such column" on somebody's machine. (`migrate diff --from-url` is
// unavailable with a driver adapter, so compare the migrated template with the schema's own DDL.)
function shape(db: Database.Database) {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      {
        columns: (
          db.prepare(`PRAGMA table_info("${name}")`).all() as {
            name: string;
            type: string;
            notnull: number;
            dflt_value: string | null;
            pk: number;
          }[]
        )
          .map((c) => `${c.name} ${c.type} ${c.notnull} ${c.dflt_value} ${c.pk}`)
          .sort(),
        indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
          .map((i) => `${i.name} ${i.unique}`)
          .sort(),
        foreignKeys: (
          db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string; from: string; to: string; on_delete: string }[]
        )
          .map((f) => `${f.from}->${f.table}.${f.to} ${f.on_delete}`)
          .sort(),
      },
    ]),
  );
}

it("the migrations produce the schema's tables, columns, indexes and foreign keys", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "schema-ddl-"));
  try {
    const ddl = path.join(dir, "schema.sql");
    execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema", "--script", "--output", ddl],
      { stdio: "pipe" },
    );
    const fromSchema = new Database(path.join(dir, "schema.db"));
    fromSchema.exec(fs.readFileSync(ddl, "utf8"));
    const migrated = new Database(path.join(inject("testDbDir"), "template.db"), { readonly: true });
    expect(shape(migrated)).toEqual(shape(fromSchema));
    fromSchema.close();
    migrated.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000); // spawns the Prisma CLI (WASM): slow on a busy 2-core machine

it("every SQLite migration has exactly one PostgreSQL counterpart (scripts/make-postgres-migration.sh adds it)", () => {
  const { uncovered, twice, unknown, headless } = migrationCoverage();
  expect({ uncovered, twice, unknown, headless }).toEqual({ uncovered: [], twice: [], unknown: [], headless: [] });
});

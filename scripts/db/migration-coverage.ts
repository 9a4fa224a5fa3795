// Which SQLite migrations the PostgreSQL history covers. Each prisma/migrations-postgres/*/migration.sql
// starts with `-- sqlite-migrations: <folder> …`, naming the prisma/migrations folders it stands for,
// so branches can add SQLite migrations alone and their PostgreSQL counterpart is generated at merge.
import fs from "node:fs";
import path from "node:path";
import { POSTGRES_MIGRATIONS_DIR } from "./postgres-schema";

const SQLITE_MIGRATIONS_DIR = path.join("prisma", "migrations");
const HEADER = "-- sqlite-migrations:";

const folders = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

export function migrationCoverage(root = process.cwd()) {
  const sqlite = folders(path.join(root, SQLITE_MIGRATIONS_DIR));
  const postgres = folders(path.join(root, POSTGRES_MIGRATIONS_DIR));
  const covered = new Map<string, string[]>(); // SQLite folder -> PostgreSQL folders claiming it
  const headless: string[] = [];
  for (const pg of postgres) {
    const first = fs.readFileSync(path.join(root, POSTGRES_MIGRATIONS_DIR, pg, "migration.sql"), "utf8").split("\n", 1)[0];
    if (!first.startsWith(HEADER)) headless.push(pg);
    for (const name of first.slice(HEADER.length).trim().split(/\s+/).filter(Boolean))
      covered.set(name, [...(covered.get(name) ?? []), pg]);
  }
  return {
    postgres,
    uncovered: sqlite.filter((s) => !covered.has(s)),
    twice: [...covered].filter(([, by]) => by.length > 1).map(([s]) => s),
    unknown: [...covered.keys()].filter((s) => !sqlite.includes(s)),
    headless,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  console.log(migrationCoverage().uncovered.join("\n"));
}

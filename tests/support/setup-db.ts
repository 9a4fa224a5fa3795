// A throwaway database per test file: a copy of the run's migrated template (a SQLite file, or a
// PostgreSQL database created from the template database), removed afterwards.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, pgAdminUrl } from "./pg-databases";

process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-000";
const adminUrl = pgAdminUrl();
const template = inject("testPgTemplate");

if (adminUrl && template) {
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  process.env.DATABASE_URL = await createDatabase(adminUrl, name, template);
  afterAll(async () => {
    // db.ts keeps the client on globalThis; close its pool before dropping the database.
    await (globalThis as unknown as { academyDb?: { $disconnect(): Promise<void> } }).academyDb?.$disconnect();
    await dropDatabase(adminUrl, name);
  });
} else {
  const dir = inject("testDbDir");
  const file = path.join(dir, `${randomUUID()}.db`);
  fs.copyFileSync(path.join(dir, "template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(() => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  });
}

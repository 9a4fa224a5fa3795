// A throwaway database per test file: a copy of the run's migrated template, removed afterwards.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";

const dir = inject("testDbDir");
const file = path.join(dir, `${randomUUID()}.db`);
fs.copyFileSync(path.join(dir, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-000";

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
});

// Builds one migrated template database per test run: a SQLite file in a directory of its own (so that
// parallel runs never delete each other's databases), or, when PG_ADMIN_URL names a throwaway
// PostgreSQL cluster (scripts/with-postgres.sh), a template database there. Each test file then gets
// its own copy (setup-db.ts).
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, pgAdminUrl } from "./pg-databases";

declare module "vitest" {
  export interface ProvidedContext {
    testDbDir: string;
    testPgTemplate: string;
  }
}

const migrate = (url: string) =>
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });

export default async function setup(project: TestProject) {
  const dir = path.resolve("data/test", randomUUID());
  fs.mkdirSync(dir, { recursive: true });
  migrate(`file:${path.join(dir, "template.db")}`); // the SQLite template (prisma/migrations.test.ts reads it)
  project.provide("testDbDir", dir);
  const adminUrl = pgAdminUrl();
  const template = adminUrl ? `template_${randomUUID().replaceAll("-", "")}` : "";
  if (adminUrl) migrate(await createDatabase(adminUrl, template));
  project.provide("testPgTemplate", template);
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (adminUrl) await dropDatabase(adminUrl, template);
  };
}

// Builds one migrated SQLite template per test run, in a directory of its own so that parallel runs
// never delete each other's databases; each test file then copies it (setup-db.ts).
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    testDbDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = path.resolve("data/test", randomUUID());
  fs.mkdirSync(dir, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "template.db")}`, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  project.provide("testDbDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

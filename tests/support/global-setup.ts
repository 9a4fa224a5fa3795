// Builds one migrated SQLite template per test run; each test file then copies it (setup-db.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const TEST_DB_DIR = path.resolve("data/test");
export const TEMPLATE_DB = path.join(TEST_DB_DIR, "template.db");

export default function setup() {
  fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}`, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return () => fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
}

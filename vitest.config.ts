import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const ALL = ["src/**/*.test.ts", "labs/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"];
const INTEGRATION = ALL.map((p) => p.replace("*.test.ts", "*.integration.test.ts"));
const POSTGRES = ALL.map((p) => p.replace("*.test.ts", "*.postgres.test.ts"));
// The second integration run, on PostgreSQL (scripts/with-postgres.sh sets PG_ADMIN_URL), skips the lab
// runtime's own tests: they never touch the database and already ran on SQLite.
const NOT_ON_POSTGRES = process.env.PG_ADMIN_URL ? ["src/modules/labs/runtime/**"] : [];

// Three projects: `unit` (fast, no Docker, run by `npm run test:unit`), `integration` (real databases
// and the real Docker engine, `npm run test:integration`; SQLite, or PostgreSQL under
// scripts/with-postgres.sh) and `postgres` (several app processes on one PostgreSQL; only under
// scripts/with-postgres.sh). scripts/test.sh runs unit + integration, then integration + postgres on PostgreSQL.
export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      "server-only": `${root}tests/support/empty-module.ts`,
    },
  },
  test: {
    exclude: ["**/node_modules/**", "**/dist/**"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-db.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ALL, exclude: [...INTEGRATION, ...POSTGRES, "**/node_modules/**", "**/dist/**"] } },
      {
        extends: true,
        test: { name: "integration", include: INTEGRATION, exclude: [...NOT_ON_POSTGRES, "**/node_modules/**", "**/dist/**"] },
      },
      { extends: true, test: { name: "postgres", include: POSTGRES } },
    ],
  },
});

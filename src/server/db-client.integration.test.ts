import { expect, it } from "vitest";
import { createPrismaClient } from "./db-client";

// scripts/test.sh runs the integration project twice; this proves the second run is on PostgreSQL.
it("talks to the database DATABASE_URL names (SQLite by default, PostgreSQL in the second run)", async () => {
  const db = createPrismaClient();
  const postgres = Boolean(process.env.PG_ADMIN_URL);
  expect(process.env.DATABASE_URL).toMatch(postgres ? /^postgresql:\/\// : /^file:/);
  const [row] = await db.$queryRawUnsafe<{ v: string }[]>(postgres ? "SELECT version() AS v" : "SELECT sqlite_version() AS v");
  expect(row.v).toMatch(postgres ? /^PostgreSQL 15\./ : /^3\./);
  await db.user.create({ data: { name: "Probe", email: "probe@academy.test" } });
  expect(await db.user.count({ where: { email: "probe@academy.test" } })).toBe(1);
  await db.$disconnect();
});

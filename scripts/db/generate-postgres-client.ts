// Generates the PostgreSQL Prisma client (node_modules/.prisma/client-postgres) from the generated
// PostgreSQL schema; `postinstall` runs it after the SQLite client. A client with a custom output gets
// its own copy of Prisma's runtime, so its errors would not be `instanceof Prisma.PrismaClientKnownRequestError`
// of @prisma/client (the modules' P2002/P2003 checks): point it at @prisma/client's runtime (same version).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const OUT = path.join("node_modules", ".prisma", "client-postgres");

execFileSync("npx", ["prisma", "generate"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, DATABASE_URL: "postgresql://localhost/generate-only", CHECKPOINT_DISABLE: "1" }, // selects PostgreSQL in prisma.config.ts
});
for (const file of fs.readdirSync(OUT).filter((f) => /\.(js|d\.ts|mjs)$/.test(f))) {
  const target = path.join(OUT, file);
  const text = fs.readFileSync(target, "utf8");
  const shared = text.replace(/(['"])\.\/runtime\//g, "$1@prisma/client/runtime/");
  if (shared !== text) fs.writeFileSync(target, shared);
}
fs.rmSync(path.join(OUT, "runtime"), { recursive: true, force: true });
console.log(`PostgreSQL client in ${OUT} (runtime: @prisma/client/runtime)`);

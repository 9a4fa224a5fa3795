// `npm run backup [FILE]`: one archive with a consistent database snapshot, the issuer keys, the auth secret and
// the content version (default backups/academy-<UTC time>.tar.gz). Safe while the academy runs.
import fs from "node:fs";
import path from "node:path";
import { createBackup } from "@/src/modules/operations/create-backup";
import { issuerKeyPath } from "@/src/modules/certificates/issuer-key";

process.env.DATABASE_URL ??= "file:./data/academy.db";
const dataDir = process.env.DATA_DIR ?? "data";
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d+Z$/, "Z");
const outFile = process.argv[2] ?? path.join("backups", `academy-${stamp}.tar.gz`);
const secretFile = path.join(dataDir, "auth-secret");
const authSecret = process.env.AUTH_SECRET ?? (fs.existsSync(secretFile) ? fs.readFileSync(secretFile, "utf8").trim() : "");
if (authSecret.length < 32) {
  console.error(`No AUTH_SECRET and no ${secretFile}: nothing to back up the session secret from.`);
  process.exit(1);
}

try {
  const manifest = await createBackup({ databaseUrl: process.env.DATABASE_URL, issuerKeyPath: issuerKeyPath(), authSecret, outFile });
  console.log(`Backup written: ${outFile}`);
  console.log(
    `  database ${manifest.database}, ${manifest.migrations.length} migrations, content ${manifest.content.gitRev ?? manifest.content.hash.slice(0, 12)}`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

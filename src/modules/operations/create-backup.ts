import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { create as createTar } from "tar";
import { rsaKeyPath } from "@/src/modules/certificates/issuer-key";
import { BACKUP_FILES, type BackupManifest } from "./backup-manifest";
import { contentVersion } from "./content-version";
import { databaseLocation } from "./database-location";

const run = promisify(execFile);
export const sha256File = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export type BackupInput = { databaseUrl: string; issuerKeyPath: string; authSecret: string; outFile: string; root?: string };

/**
 * SQLite's online backup API: a page-by-page copy that SQLite restarts if another connection writes
 * between steps, so the copy is always one consistent snapshot. Copying every page in one step keeps a
 * busy academy from restarting it forever; in WAL mode that step never blocks writers.
 */
async function snapshotSqlite(file: string, dest: string): Promise<string[]> {
  if (!fs.existsSync(file)) throw new Error(`No database at ${file}.`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(dest, { progress: () => 1 << 30 });
  } finally {
    source.close();
  }
  const copy = new Database(dest);
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`The snapshot failed SQLite's integrity check: ${String(check)}`);
    const rows = copy
      .prepare(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      )
      .all() as { name: string }[];
    return rows.map((r) => r.name);
  } finally {
    copy.close();
  }
}

// PostgreSQL (DATABASE_URL=postgresql://…): pg_dump's custom format, itself a consistent snapshot. Not covered by
// the integration test, which runs on SQLite; the PostgreSQL branch's own tests bring a throwaway cluster.
async function snapshotPostgres(url: string, dest: string): Promise<string[]> {
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${dest}`, `--dbname=${url}`]);
  const sql = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1";
  const { stdout } = await run("psql", ["--no-psqlrc", "-At", "-c", sql, url]);
  return stdout.split("\n").filter(Boolean);
}

/** `npm run backup`: one archive (mode 0600, it holds secrets) with the database snapshot, issuer keys, auth secret and content version. */
export async function createBackup(input: BackupInput): Promise<BackupManifest> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "academy-backup-"));
  try {
    const location = databaseLocation(input.databaseUrl);
    const migrations =
      location.kind === "sqlite"
        ? await snapshotSqlite(location.file, path.join(tmp, BACKUP_FILES.database))
        : await snapshotPostgres(location.url, path.join(tmp, BACKUP_FILES.postgresDump));
    for (const [from, name] of [
      [input.issuerKeyPath, BACKUP_FILES.issuerKey],
      [rsaKeyPath(input.issuerKeyPath), BACKUP_FILES.issuerKeyRs256],
    ] as const) {
      if (!fs.existsSync(from)) throw new Error(`No issuer key at ${from} (the academy creates it on first start).`);
      fs.copyFileSync(from, path.join(tmp, name));
    }
    fs.writeFileSync(path.join(tmp, BACKUP_FILES.authSecret), input.authSecret, { mode: 0o600 });
    const names = fs.readdirSync(tmp).sort();
    const manifest: BackupManifest = {
      format: "cyberwall-academy-backup/1",
      createdAt: new Date().toISOString(),
      database: location.kind,
      migrations,
      content: contentVersion(input.root),
      files: Object.fromEntries(names.map((n) => [n, sha256File(path.join(tmp, n))])),
    };
    fs.writeFileSync(path.join(tmp, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
    fs.mkdirSync(path.dirname(path.resolve(input.outFile)), { recursive: true });
    const partial = `${input.outFile}.partial`;
    await createTar({ gzip: true, file: partial, cwd: tmp, portable: true }, ["manifest.json", ...names]);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, input.outFile); // a crash never leaves a half-written archive under the final name
    return manifest;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

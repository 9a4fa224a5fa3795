import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { extract } from "tar";
import { BACKUP_FILES, manifestSchema, type BackupManifest } from "./backup-manifest";
import { contentVersion } from "./content-version";
import { sha256File } from "./create-backup";
import { pgConfig } from "@/src/server/db-postgres";

const run = promisify(execFile);
const ALLOWED = new Set<string>(["manifest.json", ...Object.values(BACKUP_FILES)]);

export type RestoreResult = { manifest: BackupManifest; written: string[]; contentMatches: boolean };

/**
 * `npm run restore FILE [DIR]`: checks the archive (manifest, checksums, SQLite integrity) before writing
 * anything, then writes the database, issuer keys and auth secret into DIR, which must not hold them yet.
 * PostgreSQL archives are loaded with pg_restore into `postgresUrl`, an empty database.
 */
export async function restoreBackup(
  file: string,
  targetDir: string,
  options: { postgresUrl?: string; root?: string } = {},
): Promise<RestoreResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "academy-restore-"));
  try {
    // Only plain files with the names a backup writes: no paths, links or extra entries from the archive.
    await extract({ file, cwd: tmp, filter: (p, entry) => ALLOWED.has(p) && (!("type" in entry) || entry.type === "File") });
    const manifestFile = path.join(tmp, "manifest.json");
    if (!fs.existsSync(manifestFile)) throw new Error(`${file} is not an academy backup (no manifest.json).`);
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(manifestFile, "utf8")));
    for (const [name, sum] of Object.entries(manifest.files)) {
      const at = path.join(tmp, name);
      if (!fs.existsSync(at) || sha256File(at) !== sum) throw new Error(`${name} in ${file} is missing or damaged (checksum mismatch).`);
    }
    const wanted: string[] = [BACKUP_FILES.issuerKey, BACKUP_FILES.issuerKeyRs256, BACKUP_FILES.authSecret];
    if (manifest.database === "sqlite") {
      wanted.unshift(BACKUP_FILES.database);
      const db = new Database(path.join(tmp, BACKUP_FILES.database), { readonly: true });
      const check = db.pragma("integrity_check", { simple: true });
      db.close();
      if (check !== "ok") throw new Error(`The database in ${file} failed SQLite's integrity check: ${String(check)}`);
    }
    for (const name of wanted) if (!manifest.files[name]) throw new Error(`${file} has no ${name}.`);
    const clash = wanted.filter((n) => fs.existsSync(path.join(targetDir, n)));
    if (clash.length) throw new Error(`${targetDir} already holds ${clash.join(", ")}: restore into a fresh folder (or move them aside).`);
    if (manifest.database === "postgresql") {
      if (!options.postgresUrl)
        throw new Error("This backup is of a PostgreSQL database: set DATABASE_URL=postgresql://… to an empty database.");
      await requireEmptyDatabase(options.postgresUrl);
      await run("pg_restore", [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        `--dbname=${options.postgresUrl}`,
        path.join(tmp, BACKUP_FILES.postgresDump),
      ]);
    }
    fs.mkdirSync(targetDir, { recursive: true, mode: 0o700 });
    for (const name of wanted) {
      fs.copyFileSync(path.join(tmp, name), path.join(targetDir, name), fs.constants.COPYFILE_EXCL);
      fs.chmodSync(path.join(targetDir, name), 0o600);
    }
    const here = contentVersion(options.root);
    return { manifest, written: wanted.map((n) => path.join(targetDir, n)), contentMatches: here.hash === manifest.content.hash };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** pg_restore into a database that has tables fails half-way: refuse before it starts. */
async function requireEmptyDatabase(url: string) {
  const client = new pg.Client(pgConfig(url));
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    if (rows[0].n > 0) throw new Error(`The database in DATABASE_URL already has ${rows[0].n} tables: restore into an empty database.`);
  } finally {
    await client.end();
  }
}

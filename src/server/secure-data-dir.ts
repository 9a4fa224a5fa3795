// data/ holds the database (password hashes, emails, exam papers), its WAL and the issuer keys: only the
// app's own user may read it. start.sh creates them under umask 077; this tightens older ones at start.
// SQLite gives a new -wal/-shm the database file's mode. (No process-wide umask: lab image builds in this
// process write files that container users must read.)
import fs from "node:fs";
import path from "node:path";

export function secureDataDir(dataDir: string, databaseUrl: string): void {
  const dbFile = path.resolve(databaseUrl.replace(/^file:/u, ""));
  const dirs = new Set([path.resolve(dataDir), path.dirname(dbFile)]);
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    fs.chmodSync(dir, 0o700);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      fs.chmodSync(file, entry.isDirectory() ? 0o700 : 0o600);
    }
  }
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { secureDataDir } from "./secure-data-dir";

const mode = (p: string) => fs.statSync(p).mode & 0o777;

it("makes data/ 0700 and the database, its WAL and keys 0600; SQLite's new WAL files follow", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "academy-data-"));
  fs.chmodSync(dir, 0o755);
  const dbFile = path.join(dir, "academy.db");
  new Database(dbFile).close();
  for (const f of ["academy.db", "issuer-key.json"]) {
    if (!fs.existsSync(path.join(dir, f))) fs.writeFileSync(path.join(dir, f), "x");
    fs.chmodSync(path.join(dir, f), 0o644);
  }
  secureDataDir(dir, `file:${dbFile}`);
  expect(mode(dir)).toBe(0o700);
  for (const f of fs.readdirSync(dir)) expect(mode(path.join(dir, f)), f).toBe(0o600);
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
  expect(mode(`${dbFile}-wal`)).toBe(0o600);
  db.close();
  fs.rmSync(dir, { recursive: true });
});

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SKIP = new Set(["node_modules", "dist", ".git"]);

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !SKIP.has(e.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []))
    .sort();
}

/**
 * Which trainer-authored content the data was made with: the git revision when there is one, and always a
 * hash of content/ and labs/ (a deployment from a tarball has no .git), so a restore can say when they differ.
 */
export function contentVersion(root = process.cwd()): { gitRev: string | null; hash: string } {
  const hash = createHash("sha256");
  for (const file of ["content", "labs"].flatMap((d) => listFiles(path.join(root, d)))) {
    hash.update(path.relative(root, file) + "\0");
    hash.update(fs.readFileSync(file));
  }
  let gitRev: string | null = null;
  try {
    gitRev = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {}
  return { gitRev, hash: hash.digest("hex") };
}

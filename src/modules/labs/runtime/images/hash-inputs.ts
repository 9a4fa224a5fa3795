// Content hash of everything an image is built from, so an unchanged image is never rebuilt.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SKIP = new Set(["dist", "node_modules"]);

function walk(p: string, out: string[]): void {
  const st = fs.statSync(p);
  if (st.isFile()) {
    if (!p.endsWith(".test.ts")) out.push(p);
    return;
  }
  for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
}

/** sha256 over relative path, mode and content of every input file plus extra strings; 12 hex chars. */
export function hashInputs(root: string, inputs: string[], extra: string[] = []): string {
  const h = createHash("sha256");
  for (const e of extra) h.update(`extra:${e}\0`);
  for (const input of inputs) {
    const files: string[] = [];
    walk(path.join(root, input), files);
    for (const f of files) {
      h.update(`${path.relative(root, f)}\0${fs.statSync(f).mode & 0o111 ? "x" : "-"}\0`);
      h.update(fs.readFileSync(f));
    }
  }
  return h.digest("hex").slice(0, 12);
}

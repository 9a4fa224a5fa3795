// CSP hashes for the prerendered documents: their inline scripts (Next's flight data, the Turbopack
// bootstrap) were written at build time and cannot carry a per-request nonce, so each page's CSP
// lists the sha256 of exactly the inline scripts that page contains.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { htmlFileUrl } from "./prerendered-pages";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/giu;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[1]) hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** URL path -> hash sources, for every HTML document under `<distDir>/server/app` (`/index` is `/`). */
export function loadScriptHashes(distDir: string): Map<string, string[]> {
  const appDir = path.join(distDir, "server", "app");
  const byPath = new Map<string, string[]>();
  for (const file of walk(appDir).filter((f) => f.endsWith(".html"))) {
    const url = htmlFileUrl(appDir, file);
    byPath.set(url === "/index" ? "/" : url, inlineScriptHashes(fs.readFileSync(file, "utf8")));
  }
  return byPath;
}

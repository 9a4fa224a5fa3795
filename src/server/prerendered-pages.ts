// Fast path for fully static pages (lessons, course overviews, glossary): the HTML documents that
// `next build` prerendered are served from memory without entering Next's request pipeline, which
// costs about 1 ms of CPU per request and caps a 2-core machine near 1,000 pages/s. RSC navigations,
// prefetches, query strings and every other method still go to Next, which serves the same bytes.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";

export type PrerenderedPage = { body: Buffer; headers: Record<string, string> };

const NEXT_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Loads `<distDir>/server/app/<prefix>.html` and `<prefix>/**.html` pages that Next marked as prerendered. */
export function loadPrerenderedPages(distDir: string, prefixes: string[]): Map<string, PrerenderedPage> {
  const appDir = path.join(distDir, "server", "app");
  const pages = new Map<string, PrerenderedPage>();
  const files = prefixes.flatMap((p) => [path.join(appDir, `${p}.html`), ...walk(path.join(appDir, p))]).filter((f) => f.endsWith(".html"));
  for (const file of files) {
    const metaFile = file.replace(/\.html$/u, ".meta");
    if (!fs.existsSync(file) || !fs.existsSync(metaFile)) continue;
    const meta = JSON.parse(fs.readFileSync(metaFile, "utf8")) as { status?: number; headers?: Record<string, string> };
    if ((meta.status ?? 200) !== 200 || meta.headers?.["x-nextjs-prerender"] !== "1") continue;
    const body = fs.readFileSync(file);
    const url = htmlFileUrl(appDir, file);
    pages.set(url, {
      body,
      headers: {
        ...meta.headers,
        "content-type": "text/html; charset=utf-8",
        "cache-control": "s-maxage=31536000",
        vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
        etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 16)}"`,
        "content-length": String(body.length),
      },
    });
  }
  return pages;
}

/** Answers a plain document GET/HEAD for a prerendered page; returns false to let Next handle the request. */
export function servePrerendered(pages: Map<string, PrerenderedPage>, req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url || req.url.includes("?")) return false;
  if (NEXT_HEADERS.some((h) => h in req.headers)) return false;
  const page = pages.get(req.url);
  if (!page) return false;
  if (req.headers["if-none-match"] === page.headers.etag) {
    res.writeHead(304, { etag: page.headers.etag, vary: page.headers.vary });
    res.end();
    return true;
  }
  res.writeHead(200, page.headers);
  res.end(req.method === "HEAD" ? undefined : page.body);
  return true;
}

/** `<appDir>/courses/x.html` -> `/courses/x`: the URL a prerendered HTML file answers. */
export function htmlFileUrl(appDir: string, file: string): string {
  return (
    "/" +
    path
      .relative(appDir, file)
      .replace(/\.html$/u, "")
      .split(path.sep)
      .join("/")
  );
}

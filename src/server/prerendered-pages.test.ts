import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPrerenderedPages, servePrerendered } from "./prerendered-pages";

// A build output shaped like Next's (.html + .meta per prerendered route) and a real HTTP server.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), "prerendered-"));
function page(rel: string, html: string, meta: object) {
  const file = path.join(dist, "server", "app", rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.html`, html);
  fs.writeFileSync(`${file}.meta`, JSON.stringify(meta));
}
page("courses", "<p>catalogue</p>", { headers: { "x-nextjs-prerender": "1" } });
page("courses/c1/lesson-a", "<p>lesson a</p>", { headers: { "x-nextjs-prerender": "1", "x-nextjs-stale-time": "300" } });
page("courses/c1/broken", "<p>error</p>", { status: 500, headers: { "x-nextjs-prerender": "1" } });
page("courses/c1/dynamic", "<p>shell</p>", { headers: {} });
page("admin", "<p>admin</p>", { headers: { "x-nextjs-prerender": "1" } });

let server: http.Server;
let base = "";
beforeAll(async () => {
  const pages = loadPrerenderedPages(dist, ["courses"]);
  server = http.createServer((req, res) => {
    if (servePrerendered(pages, req, res)) return;
    res.writeHead(299).end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe("prerendered page fast path", () => {
  it("serves prerendered documents under the prefix with Next's headers and an ETag", async () => {
    const res = await fetch(`${base}/courses/c1/lesson-a`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("<p>lesson a</p>");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("x-nextjs-stale-time")).toBe("300");
    const again = await fetch(`${base}/courses/c1/lesson-a`, { headers: { "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect(await (await fetch(`${base}/courses`)).text()).toBe("<p>catalogue</p>");
  });

  it("leaves RSC navigations, queries, other methods, other prefixes and non-static routes to Next", async () => {
    const toNext = async (url: string, init?: RequestInit) => (await fetch(`${base}${url}`, init)).status;
    expect(await toNext("/courses/c1/lesson-a", { headers: { rsc: "1" } })).toBe(299);
    expect(await toNext("/courses/c1/lesson-a?x=1")).toBe(299);
    expect(await toNext("/courses/c1/lesson-a", { method: "POST", body: "x" })).toBe(299);
    expect(await toNext("/courses/c1/lesson-a/")).toBe(299);
    expect(await toNext("/courses/c1/broken")).toBe(299);
    expect(await toNext("/courses/c1/dynamic")).toBe(299);
    expect(await toNext("/admin")).toBe(299);
  });
});

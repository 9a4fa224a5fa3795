import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { applySecurityHeaders, buildCsp } from "./security-headers";
import { inlineScriptHashes } from "./script-hashes";

function run(url: string, hashes = new Map<string, string[]>(), requestHeaders: Record<string, string> = {}) {
  const set: Record<string, string> = {};
  const req = { url, headers: { ...requestHeaders } } as unknown as IncomingMessage;
  const res = { setHeader: (k: string, v: string) => (set[k] = v) } as unknown as ServerResponse;
  applySecurityHeaders(req, res, hashes);
  return { set, req };
}

describe("security headers", () => {
  it("forbid framing, sniffing, referrers and inline scripts without a nonce or hash", () => {
    const csp = buildCsp("abc");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-abc'(;|$)/u);
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/u);
    const { set } = run("/dashboard");
    expect(set).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "same-origin" });
  });
  it("puts a fresh nonce on the request for Next, replacing any the client sent", () => {
    const a = run("/dashboard", undefined, { "content-security-policy": "script-src 'nonce-evil'" });
    const b = run("/dashboard");
    expect(a.req.headers["content-security-policy"]).toBe(a.set["content-security-policy"]);
    expect(a.req.headers["content-security-policy"]).not.toContain("evil");
    expect(a.set["content-security-policy"]).not.toBe(b.set["content-security-policy"]);
  });
  it("allows a prerendered page's own inline scripts by hash, and the 404 page's elsewhere", () => {
    const hashes = new Map([
      ["/courses", ["'sha256-course'"]],
      ["/_not-found", ["'sha256-missing'"]],
    ]);
    expect(run("/courses?x=1", hashes).set["content-security-policy"]).toContain("'sha256-course'");
    expect(run("/whatever", hashes).set["content-security-policy"]).toContain("'sha256-missing'");
  });
  it("hashes inline scripts exactly, and not external ones", () => {
    const html = `<script src="/a.js" async=""></script><script>self.__next_f.push([0])</script><script id="_R_">x()</script>`;
    // echo -n 'self.__next_f.push([0])' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU='",
      expect.stringMatching(/^'sha256-/u),
    ]);
  });
});

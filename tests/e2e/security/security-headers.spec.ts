import http from "node:http";
import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { DEMO, signIn } from "../fixtures/accounts";

// Every kind of response carries the security headers; the CSP lets the app's own scripts run (the
// fixture fails any journey with a CSP violation) and forbids framing by any other origin.
function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["content-security-policy"], what).toMatch(/frame-ancestors 'none'/u);
  expect(h["content-security-policy"], what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/u);
  expect(h["content-security-policy"], what).not.toMatch(/unsafe-inline'[^;]*;.*script|script-src[^;]*unsafe-inline/u);
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("same-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
}

test("prerendered, dynamic, route handler, static and 404 responses all carry the security headers", async ({ request }) => {
  const lesson = await request.get("/courses/cybersecurity-for-installers/glossary");
  expect(lesson.headers()["x-nextjs-prerender"]).toBe("1"); // served from memory by server.ts
  expectSecurityHeaders(lesson, "prerendered page");
  // Its inline scripts are allowed by hash, since a prerendered page cannot carry a nonce.
  expect(lesson.headers()["content-security-policy"]).toMatch(/'sha256-[A-Za-z0-9+/=]+'/u);

  const signInPage = await request.get("/sign-in?registered=1");
  expectSecurityHeaders(signInPage, "dynamic page");
  const nonce = /'nonce-([^']+)'/u.exec(signInPage.headers()["content-security-policy"])![1];
  expect(await signInPage.text()).toContain(`nonce="${nonce}"`);
  const again = await request.get("/sign-in?registered=1");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce); // fresh per response

  expectSecurityHeaders(await request.get("/api/health"), "route handler");
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/u.exec(await lesson.text())![1];
  const staticFile = await request.get(chunk);
  expect(staticFile.status()).toBe(200);
  expectSecurityHeaders(staticFile, "static file");
  expectSecurityHeaders(await request.get("/icon.svg"), "metadata file");
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "404");
});

test("the app's pages run under the CSP (prerendered and dynamic, scripts working)", async ({ page }) => {
  await page.goto("/courses/cybersecurity-for-installers/glossary");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible(); // client-rendered header ran
  await signIn(page, DEMO.admin);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an admin page cannot be framed by another local origin (same-site clickjacking)", async ({ page, baseURL, cspViolations }) => {
  await signIn(page, DEMO.admin);
  const target = `${baseURL}/admin/users`;
  const attacker = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><title>Win a camera</title><iframe name="victim" src="${target}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = attacker.address() as { port: number };
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect.poll(() => cspViolations.some((v) => v.includes("frame-ancestors"))).toBe(true);
    const frame = page.frame({ name: "victim" })!;
    expect(await frame.getByText("Users and roles").count()).toBe(0);
  } finally {
    attacker.close();
  }
  cspViolations.length = 0; // the refusal above is the expected one
});

test("/api/health tells anonymous callers the status only; admins see the engine details", async ({ page, request }) => {
  const anonymous = await (await request.get("/api/health")).json();
  expect(anonymous).toEqual({ status: expect.any(String), database: { ok: true }, docker: { ok: expect.any(Boolean) } });
  await signIn(page, DEMO.admin);
  const admin = await (await page.request.get("/api/health")).json();
  expect(Object.keys(admin.docker).length).toBeGreaterThan(1);
});

import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUp, uniqueEmail } from "../fixtures/accounts";

const port = Number(process.env.E2E_PORT ?? 3100);
const logFile = process.env.LOG_FILE ?? `data/e2e-${port}.log`;
const METRICS = [
  "academy_labs_running",
  "academy_labs_queued",
  "academy_lab_start_seconds",
  "academy_lab_check_seconds",
  "academy_lab_check_failures_total",
  "academy_terminal_connections",
  "academy_exam_attempts_in_progress",
  "academy_sign_in_failures_recent",
  "academy_reaper_actions_total",
  "academy_http_request_seconds",
];
// A proxy in front of the academy connects from loopback but names the client it forwards.
const viaProxy = { "X-Forwarded-For": "203.0.113.9" };

test("metrics: loopback scrapes; through a proxy only admins, refusing anonymous (401) and learners (403)", async ({ page, request }) => {
  const local = await request.get("/api/metrics");
  expect(local.status()).toBe(200);
  expect(local.headers()["content-type"]).toContain("text/plain");
  const body = await local.text();
  for (const name of METRICS) expect(body).toContain(`# TYPE ${name} `);
  expect(body).toMatch(/^academy_labs_running \d+$/m);

  expect((await request.get("/api/metrics", { headers: viaProxy })).status()).toBe(401);
  await signIn(page, DEMO.learner);
  expect((await page.request.get("/api/metrics", { headers: viaProxy })).status()).toBe(403);
  await page.context().clearCookies();
  await signIn(page, DEMO.admin);
  const admin = await page.request.get("/api/metrics", { headers: viaProxy });
  expect(admin.status()).toBe(200);
  expect(await admin.text()).toContain("academy_exam_attempts_in_progress");
});

test("logs: JSON lines with request ids; a sign-up, a failed and a good sign-in leave no password or secret in them", async ({ page }) => {
  const password = `Log-Probe-${Date.now()}-Zq9`;
  const wrong = `Wrong-Probe-${Date.now()}-Xk7`;
  const email = uniqueEmail("logprobe");
  await signUp(page, "Lena Logprobe", email, password);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(wrong);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await signIn(page, email, password);
  const response = await page.request.get("/api/me", { headers: { "X-Request-Id": "probe-request-0001" } });
  expect(response.headers()["x-request-id"]).toBe("probe-request-0001");
  const forged = await page.request.get("/api/me", { headers: { "X-Request-Id": "bad id with spaces" } });
  expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const cookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"))!;
  await expect
    .poll(() => fs.existsSync(logFile) && fs.readFileSync(logFile, "utf8").includes("probe-request-0001"), { timeout: 10_000 })
    .toBe(true);
  const text = fs.readFileSync(logFile, "utf8");
  const lines = text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.find((l) => l.requestId === "probe-request-0001")).toMatchObject({ msg: "request", path: "/api/me", status: 200 });
  expect(lines.some((l) => l.path === "/sign-up" && typeof l.requestId === "string")).toBe(true);
  for (const secret of [password, wrong, process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-0000", cookie.value])
    expect(text).not.toContain(secret);
});

import { type BrowserContext } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import WebSocket from "ws";
import { DEMO, signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { ensureFixtureImage } from "../../../src/modules/labs/runtime/build-fixture-image";

// A learner's lab belongs to that learner: other learners can neither see, check, nor open its terminal;
// trainers may watch read-only. Asserted over HTTP and over the WebSocket.
const PASSWORD = "Lab-Access-Strong-Pass-9";

test.beforeAll(async () => {
  await ensureFixtureImage();
});

const cookieHeader = async (context: BrowserContext) => (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

/** Opens the terminal socket; resolves with "open" or the HTTP status that refused the upgrade. */
function openTerminal(
  baseURL: string,
  sessionId: string,
  headers: Record<string, string>,
): Promise<{ result: number | "open"; ws?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${baseURL.replace(/^http/u, "ws")}/api/labs/${sessionId}/terminal`, { headers });
    ws.on("open", () => resolve({ result: "open", ws }));
    ws.on("unexpected-response", (_req, res) => resolve({ result: res.statusCode ?? 0 }));
    ws.on("error", () => undefined);
  });
}

test("learner B cannot use learner A's lab; a trainer can only watch", async ({ browser, baseURL }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const t = await browser.newContext();
  const pa = await a.newPage();
  const pb = await b.newPage();
  const pt = await t.newPage();
  const emailA = uniqueEmail("lab-a");
  const emailB = uniqueEmail("lab-b");
  await signUp(pa, "Learner A", emailA, PASSWORD);
  await signIn(pa, emailA, PASSWORD);
  await signUp(pb, "Learner B", emailB, PASSWORD);
  await signIn(pb, emailB, PASSWORD);
  await signIn(pt, DEMO.trainer);

  const started = await pa.request.post("/api/labs/sessions", { data: { lab: "terminal-basics" } });
  expect(started.status()).toBe(201);
  const { sessionId } = (await started.json()) as { sessionId: string };
  await expect
    .poll(async () => ((await (await pa.request.get(`/api/labs/${sessionId}`)).json()) as { status: string }).status, { timeout: 30_000 })
    .toBe("ready");

  // HTTP: every endpoint answers B as if the session did not exist.
  expect((await pb.request.get(`/api/labs/${sessionId}`)).status()).toBe(404);
  expect((await pb.request.post(`/api/labs/${sessionId}/checks/write-note`)).status()).toBe(404);
  expect((await pb.request.post(`/api/labs/${sessionId}/hints/write-note`)).status()).toBe(404);
  for (const action of ["extend", "reset", "finish"])
    expect((await pb.request.post(`/api/labs/${sessionId}/${action}`)).status()).toBe(404);
  expect((await pb.request.get(`/api/labs/${sessionId}/events`)).status()).toBe(404);
  // Signed out: 401.
  expect((await (await browser.newContext()).request.post(`/api/labs/${sessionId}/checks/write-note`)).status()).toBe(401);
  // A cross-site form post with A's cookies is refused.
  expect((await pa.request.post(`/api/labs/${sessionId}/finish`, { headers: { Origin: "https://evil.example" } })).status()).toBe(403);

  // Trainer: can read, cannot act.
  const observed = await pt.request.get(`/api/labs/${sessionId}`);
  expect(observed.status()).toBe(200);
  expect(await observed.json()).toMatchObject({ canAct: false, status: "ready" });
  expect((await pt.request.post(`/api/labs/${sessionId}/checks/write-note`)).status()).toBe(403);

  // WebSocket: no cookie 401, B 403, A from a foreign origin 403, A itself opens, trainer opens read-only.
  const base = baseURL!;
  expect((await openTerminal(base, sessionId, {})).result).toBe(401);
  expect((await openTerminal(base, sessionId, { cookie: await cookieHeader(b) })).result).toBe(403);
  expect((await openTerminal(base, sessionId, { cookie: await cookieHeader(a), origin: "https://evil.example" })).result).toBe(403);
  const owner = await openTerminal(base, sessionId, { cookie: await cookieHeader(a), origin: base });
  expect(owner.result).toBe("open");
  const watcher = await openTerminal(base, sessionId, { cookie: await cookieHeader(t), origin: base });
  expect(watcher.result).toBe("open");

  // What the trainer types is dropped; what the owner types runs and the trainer sees it.
  let seen = "";
  watcher.ws!.on("message", (d) => (seen += d.toString()));
  watcher.ws!.send(JSON.stringify({ t: "i", d: "touch /home/learner/trainer-was-here\r" }));
  owner.ws!.send(JSON.stringify({ t: "i", d: "ls /home/learner; echo owner-typed-$((2*21))\r" }));
  await expect.poll(() => seen, { timeout: 10_000 }).toContain("owner-typed-42");
  expect(seen).not.toContain("trainer-was-here");
  owner.ws!.close();
  watcher.ws!.close();

  expect((await pa.request.post(`/api/labs/${sessionId}/finish`)).status()).toBe(200);
  await Promise.all([a.close(), b.close(), t.close()]);
});

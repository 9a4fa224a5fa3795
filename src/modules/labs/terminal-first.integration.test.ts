import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, expect, it } from "vitest";
import WebSocket from "ws";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "./runtime/build-fixture-image";
import { FIXTURE_LABS_DIR } from "./lab-config";
import { getLab } from "./catalog";
import { startLabSession } from "./start-lab-session";
import { findSession } from "./queries";
import { runStepCheck } from "./run-step-check";
import { endSession } from "./end-lab-session";
import { labTerminalRoute } from "./terminal/terminal-gateway";

// The learner's shell opens as soon as the workstation runs; setup.sh continues behind it (the fixture
// "early-shell" waits for ~/go), and checks wait until the lab says Ready.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
const server = http.createServer();
beforeAll(async () => {
  await ensureFixtureImage();
  const route = labTerminalRoute(process.env.AUTH_SECRET);
  server.on("upgrade", (req, socket, head) => void route.handle(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => server.close());

/** Types into the session's terminal through the gateway and returns the output once it shows `expected`. */
async function shellSays(sessionId: string, userId: string, input: string, expected: string) {
  const token = await encode({ token: { sub: userId, sv: 0 }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
  const { port } = server.address() as { port: number };
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/labs/${sessionId}/terminal?cols=80&rows=24`, {
    headers: { cookie: `authjs.session-token=${token}` },
  });
  let output = "";
  ws.on("message", (d) => (output += d.toString()));
  await new Promise(
    (resolve, reject) => (
      ws.once("open", resolve),
      ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ),
  );
  await expect.poll(() => output.length, { timeout: 10_000 }).toBeGreaterThan(0); // tmux has attached: type now
  ws.send(JSON.stringify({ t: "i", d: input }));
  await expect.poll(() => output, { timeout: 10_000 }).toContain(expected);
  ws.close();
  return output;
}

it("gives the learner a shell while setup.sh still runs, and unlocks checks only when the lab is ready", async () => {
  const uid = (await db.user.create({ data: { name: "Early Bird", email: "early@example.com" } })).id;
  const started = await startLabSession(uid, "early-shell");
  if (!started.ok) throw new Error(started.error);
  await started.terminalReady;

  const early = (await findSession(started.sessionId))!;
  expect(early.status).toBe("provisioning");
  expect(early.terminalAt).toBeInstanceOf(Date);
  expect(await shellSays(started.sessionId, uid, "ls ~/site.txt; echo early-$((6*7))\r", "early-42")).toContain("No such file");
  const lab = (await getLab("early-shell"))!;
  expect(await runStepCheck(lab, early, "copy-site")).toMatchObject({
    ok: false,
    status: 409,
    error: expect.stringContaining("still being set up"),
  });

  await shellSays(started.sessionId, uid, "touch ~/go; echo released-$((6*7))\r", "released-42");
  await started.provisioning;
  const ready = (await findSession(started.sessionId))!;
  expect(ready.status).toBe("ready");
  expect(ready.readyAt!.getTime()).toBeGreaterThan(ready.terminalAt!.getTime());
  // The same tmux shell (its history is still there), now with setup.sh's file in place.
  const site = ready.variables.SITE as string;
  expect(await shellSays(started.sessionId, uid, "cat ~/site.txt\r", site)).toContain("released-42");
  expect(await runStepCheck(lab, ready, "copy-site")).toMatchObject({ ok: true, passed: false });
  await endSession(started.sessionId, "destroyed");
});

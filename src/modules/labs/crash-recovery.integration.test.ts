import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "./runtime/build-fixture-image";
import { labRuntime } from "./runtime";
import { FIXTURE_LABS_DIR, labConfig } from "./lab-config";
import { reconcileSessions } from "./reap-sessions";
import { findSession } from "./queries";

// Kill -9 a process while one lab runs and another is provisioning; the next start must leak nothing.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
const runtime = () => labRuntime(labConfig().owner);

beforeAll(() => ensureFixtureImage());
afterAll(async () => {
  for (const s of await db.labSession.findMany({ select: { id: true } })) await runtime().destroy(s.id);
});

it("after a crash, the running lab resumes, the half-provisioned one is removed, nothing leaks", async () => {
  const [a, b] = await Promise.all(["crash-a", "crash-b"].map((n) => db.user.create({ data: { name: n, email: `${n}@example.com` } })));
  const child = spawn(
    "npx",
    ["tsx", "--import", "./scripts/server-only-hook.mjs", "src/modules/labs/fixtures/crash-child.ts", a.id, b.id],
    {
      env: { ...process.env, LABS_DIR: FIXTURE_LABS_DIR },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    },
  );
  const ids = await new Promise<{ ready: string; pending: string }>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
    child.on("exit", (code) => reject(new Error(`child exited early (${code})`)));
  });
  process.kill(-child.pid!, "SIGKILL");
  await new Promise((r) => setTimeout(r, 1500)); // let the engine finish calls that were in flight

  expect((await findSession(ids.pending))!.status).toBe("provisioning");
  await reconcileSessions();

  expect(await findSession(ids.ready)).toMatchObject({ status: "ready" });
  expect(await findSession(ids.pending)).toMatchObject({ status: "failed", subnet: null });
  const labelled = await runtime().listLabelled();
  expect(labelled.map((l) => l.sessionId).sort()).toEqual([ids.ready]);
  const check = await runtime().exec(ids.ready, "workstation", { cmd: ["cat", "/home/learner/welcome.txt"] });
  expect(check.stdout).toMatch(/^Camera serial: ACCC8E/u);
}, 90_000);

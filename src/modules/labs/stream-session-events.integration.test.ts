import { beforeAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "./runtime/build-fixture-image";
import { FIXTURE_LABS_DIR } from "./lab-config";
import { startLabSession } from "./start-lab-session";
import { streamSessionEvents } from "./stream-session-events";
import { endSession } from "./end-lab-session";

process.env.LABS_DIR = FIXTURE_LABS_DIR;
beforeAll(() => ensureFixtureImage());

it("streams each provisioning event as it happens, then the final status", async () => {
  const uid = (await db.user.create({ data: { name: "Watcher", email: "watch@example.com" } })).id;
  const started = await startLabSession(uid, "terminal-basics");
  if (!started.ok) throw new Error(started.error);
  const reader = streamSessionEvents(started.sessionId, new AbortController().signal).getReader();
  let text = "";
  for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
  await started.provisioning;
  const events = text
    .trim()
    .split("\n\n")
    .map((block) => ({ event: block.split("\n")[0].slice(7), data: JSON.parse(block.split("\n")[1].slice(6)) }));
  expect(events.at(-1)).toEqual({ event: "status", data: { status: "ready" } });
  // The shell is offered once the workstation runs, before setup.sh is done.
  const terminalAt = events.findIndex((e) => e.event === "terminal");
  expect(terminalAt).toBeGreaterThan(0);
  expect(terminalAt).toBeLessThan(events.findIndex((e) => e.data.message === "Lab set up"));
  const progress = events.filter((e) => e.event === "progress").map((e) => e.data as { message: string; done: number; total: number });
  expect(progress.map((p) => p.message)).toEqual(expect.arrayContaining(["Created workstation", "Started server", "Lab set up", "Ready"]));
  expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
  await endSession(started.sessionId, "destroyed");
});

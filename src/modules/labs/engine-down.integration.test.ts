import { expect, it } from "vitest";
import { db } from "@/src/server/db";
import { FIXTURE_LABS_DIR } from "./lab-config";
import { ENGINE_DOWN, startLabSession } from "./start-lab-session";
import { sweepLostSessions } from "./sweep-lost-sessions";
import { listCourses } from "@/src/modules/courses/course-catalogue";

// The engine is down (this file's own engine address points at nothing): labs say so, nothing else breaks.
process.env.DOCKER_HOST = "unix:///run/academy-no-such-engine.sock";
process.env.LABS_DIR = FIXTURE_LABS_DIR;

it("refuses a start with a clear 503 and creates no session; the sweep ends nothing; courses still load", async () => {
  const user = await db.user.create({ data: { name: "No Engine", email: "no-engine@example.com" } });
  const at = new Date(Date.now() + 3_600_000);
  const running = await db.labSession.create({
    data: { userId: user.id, labSlug: "early-shell", status: "ready", expiresAt: at, hardExpiresAt: at },
  });
  expect(await startLabSession(user.id, "terminal-basics")).toEqual({ ok: false, status: 503, error: ENGINE_DOWN });
  expect(await db.labSession.count({ where: { userId: user.id, labSlug: "terminal-basics" } })).toBe(0);
  // A listing that fails ends no lab: the engine may come back with them.
  await expect(sweepLostSessions()).rejects.toThrow();
  expect((await db.labSession.findUniqueOrThrow({ where: { id: running.id } })).status).toBe("ready");
  expect((await listCourses()).length).toBeGreaterThan(0);
});

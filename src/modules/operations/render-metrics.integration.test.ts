import { expect, it } from "vitest";
import { db } from "@/src/server/db";
import { renderMetrics } from "./render-metrics";

const gauge = (body: string, name: string) => Number(new RegExp(`^${name} (\\d+)$`, "m").exec(body)?.[1]);

// Queued starts live in admission's queue, not in sessions: the gauge once counted a status no session has.
it("counts the learners waiting in the admission queue and the labs running", async () => {
  const user = await db.user.create({ data: { name: "Queued", email: "queued@example.com" } });
  await db.labQueueEntry.createMany({
    data: [
      { userId: user.id, labSlug: "first-boot" },
      { userId: user.id, labSlug: "upnp-off" },
      { userId: user.id, labSlug: "signed-video", status: "admitted" },
    ],
  });
  const at = new Date(Date.now() + 3_600_000);
  await db.labSession.create({ data: { userId: user.id, labSlug: "first-boot", status: "ready", expiresAt: at, hardExpiresAt: at } });
  const { body } = await renderMetrics();
  expect(gauge(body, "academy_labs_queued")).toBe(2);
  expect(gauge(body, "academy_labs_running")).toBe(1);
});

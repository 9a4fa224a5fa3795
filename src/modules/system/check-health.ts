import "server-only";
import { pingDatabase } from "./queries";
import { pingEngine } from "@/src/modules/labs/runtime/ping-engine";

/** Database is required; the Docker engine only for labs, so its absence degrades, not fails. */
export async function checkHealth() {
  const [database, docker] = await Promise.all([pingDatabase(), pingEngine()]);
  const status = !database.ok ? "down" : docker.ok ? "ok" : "degraded";
  return {
    status,
    database: database.ok ? { ok: true } : database,
    docker: docker.ok ? docker : { ...docker, note: "Labs are unavailable; courses and exams still work." },
  } as const;
}

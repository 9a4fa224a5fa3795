/** What anyone may know: up, degraded or down, and which part; never versions or error text. */
export function publicHealth(health: { status: string; database: { ok: boolean }; docker: { ok: boolean } }) {
  return { status: health.status, database: { ok: health.database.ok }, docker: { ok: health.docker.ok } };
}

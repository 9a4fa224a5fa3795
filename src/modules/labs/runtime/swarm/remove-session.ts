import type Modem from "docker-modem";
import { dockerCall } from "../docker-engine";

type Listed = { Id?: string; ID?: string; Name?: string };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries `attempt` until it reports done or the deadline passes (then throws what it last said). */
async function until(what: string, attempt: () => Promise<string | null>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = await attempt();
    if (left === null) return;
    if (Date.now() > deadline) throw new Error(`${what}: ${left}`);
    await sleep(200);
  }
}

/**
 * Removes a session's services, then waits for their containers to leave every node, then the overlay
 * (deleting it races with task shutdown: it fails while tasks still hold it), then each node's volumes.
 */
export async function removeSession(filters: string, manager: Modem, nodes: Modem[]): Promise<void> {
  const services = await dockerCall<Listed[]>({ path: "/services?", method: "GET", options: { filters } }, manager);
  await Promise.all(services.map((s) => dockerCall({ path: `/services/${s.ID}`, method: "DELETE" }, manager).catch(() => undefined)));
  await until("containers still running", async () => {
    const lists = await Promise.all(
      nodes.map((m) => dockerCall<Listed[]>({ path: "/containers/json?", method: "GET", options: { all: true, filters } }, m)),
    );
    // Removed outright rather than waiting for each node's agent to get round to it.
    await Promise.all(
      lists.flatMap((list, i) =>
        list.map((c) =>
          dockerCall({ path: `/containers/${c.Id}?`, method: "DELETE", options: { force: true, v: true } }, nodes[i]).catch(
            () => undefined,
          ),
        ),
      ),
    );
    return lists.flat().length ? `${lists.flat().length} left` : null;
  });
  const networks = await dockerCall<Listed[]>({ path: "/networks?", method: "GET", options: { filters } }, manager);
  for (const n of networks)
    await until(`network ${n.Name} not removed`, () =>
      dockerCall({ path: `/networks/${n.Id}`, method: "DELETE" }, manager).then(
        () => null,
        (e: { statusCode?: number; message?: string }) => (e.statusCode === 404 ? null : String(e.message)),
      ),
    );
  await until("volumes left", async () => {
    let left = 0;
    for (const m of nodes) {
      const { Volumes } = await dockerCall<{ Volumes: Listed[] | null }>({ path: "/volumes?", method: "GET", options: { filters } }, m);
      for (const v of Volumes ?? []) {
        left++;
        await dockerCall({ path: `/volumes/${v.Name}?`, method: "DELETE", options: { force: true } }, m).catch(() => undefined);
      }
    }
    return left ? `${left} volumes` : null;
  });
}

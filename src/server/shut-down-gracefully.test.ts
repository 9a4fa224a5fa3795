import http from "node:http";
import { expect, it } from "vitest";
import { drainProvisioning, trackProvisioning } from "@/src/modules/labs/drain-provisioning";
import { requestsInFlight, trackRequests, waitForRequests } from "./shut-down-gracefully";

// The two waits of a shutdown: lab provisions (finished ones counted, late ones rolled back) and the
// requests being served (event streams not waited for). Real http server, fake provisions.
const later = <T>(ms: number, value?: T) => new Promise<T | undefined>((r) => setTimeout(() => r(value), ms));

it("waits for provisions that finish within the grace and rolls back the others", async () => {
  trackProvisioning("quick", later(20));
  trackProvisioning("slow", later(2000));
  trackProvisioning(
    "failed",
    Promise.reject(new Error("no image")).catch(() => undefined),
  );
  const rolledBack: string[] = [];
  const started = Date.now();
  const result = await drainProvisioning(200, async (id) => void rolledBack.push(id));
  expect(Date.now() - started).toBeLessThan(1000);
  expect(rolledBack).toEqual(["slow"]);
  expect(result).toEqual({ finished: 2, rolledBack: 1 });
  expect(await drainProvisioning(10, async () => expect.fail("nothing is in flight"))).toEqual({ finished: 0, rolledBack: 0 });
});

it("counts running requests until they end, but not event streams", async () => {
  const server = http.createServer(
    trackRequests((req, res) => {
      if (req.headers.accept === "text/event-stream") return void res.writeHead(200).write("data: x\n\n");
      setTimeout(() => res.end("done"), 300);
    }),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const stream = await fetch(url, { headers: { accept: "text/event-stream" } });
  const slow = fetch(url).then((r) => r.text());
  await later(100);
  expect(requestsInFlight()).toBe(1);
  expect(await waitForRequests(20)).toBe(false); // still running
  expect(await waitForRequests(2000)).toBe(true);
  expect(await slow).toBe("done");
  expect(requestsInFlight()).toBe(0);
  await stream.body?.cancel();
  server.closeAllConnections();
  server.close();
});

import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, expect, it } from "vitest";
import { streamUntilAnswered } from "@/tests/support/stream-body";
import { bodyLimitFor, DEFAULT_BODY_LIMIT, limitRequestBody } from "./limit-request-body";

// A plain HTTP server behind the limiter (limit 64 KB): its handler answers with the size, head and tail
// of the body it read, read as Next reads it (a web Request over the IncomingMessage).
const LIMIT = 64 * 1024;
let handled = 0;
const server = http.createServer((req, res) =>
  limitRequestBody(
    req,
    res,
    async () => {
      handled++;
      const body =
        req.method === "GET"
          ? Buffer.alloc(0)
          : Buffer.from(
              await new Request("http://x/", {
                method: "POST",
                body: Readable.toWeb(req) as ReadableStream,
                duplex: "half",
              } as RequestInit).arrayBuffer(),
            );
      res.end(JSON.stringify({ bytes: body.length, head: body.subarray(0, 8).toString(), tail: body.subarray(-8).toString() }));
    },
    LIMIT,
  ),
);
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

it("passes a body within the limit to the handler intact, chunked or with a length", async () => {
  const body = `start---${"y".repeat(LIMIT - 16)}---end!!`;
  const withLength = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body });
  expect(await withLength.json()).toEqual({ bytes: LIMIT, head: "start---", tail: "---end!!" });
  const chunked = await fetch(`http://127.0.0.1:${port}/`, {
    method: "POST",
    body: Readable.toWeb(Readable.from([body.slice(0, 100), body.slice(100)])) as ReadableStream,
    duplex: "half",
  } as RequestInit);
  expect(await chunked.json()).toEqual({ bytes: LIMIT, head: "start---", tail: "---end!!" });
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
});

it("answers 413 to a declared length over the limit without reading the body or calling the handler", async () => {
  const before = handled;
  const answer = await new Promise<number>((resolve, reject) => {
    const req = http.request(`http://127.0.0.1:${port}/`, { method: "POST", headers: { "content-length": String(30 * 1024 * 1024) } });
    req.on("response", (res) => resolve(res.statusCode!));
    req.on("error", reject);
    req.flushHeaders(); // headers only: the body is never sent
  });
  expect(answer).toBe(413);
  expect(handled).toBe(before);
});

it("answers 413 to a chunked body as soon as it passes the limit", async () => {
  const before = handled;
  const result = await streamUntilAnswered(`http://127.0.0.1:${port}/`, 30 * 1024 * 1024);
  expect(result.status).toBe(413);
  expect(result.sent).toBeLessThan(5 * 1024 * 1024); // of 30 MB; the rest is socket buffers
  expect(handled).toBe(before);
});

it("sizes each route", () => {
  expect(bodyLimitFor("/api/verify")).toBe(3_000_000);
  expect(bodyLimitFor("/api/auth/callback/credentials?x=1")).toBe(16 * 1024);
  expect(bodyLimitFor("/api/labs/sessions")).toBe(16 * 1024);
  expect(bodyLimitFor("/exams/x/attempts/y")).toBe(DEFAULT_BODY_LIMIT);
});

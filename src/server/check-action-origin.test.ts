import type { IncomingMessage, ServerResponse } from "node:http";
import { expect, it } from "vitest";
import { refuseForeignAction } from "./check-action-origin";

function call(headers: Record<string, string>, method = "POST") {
  let status = 0;
  const res = { writeHead: (s: number) => (status = s), end: () => undefined } as unknown as ServerResponse;
  const refused = refuseForeignAction({ method, headers: { host: "academy.test:3000", ...headers } } as IncomingMessage, res);
  return { refused, status };
}

it("answers 403 to a server action posted from another origin", () => {
  expect(call({ "next-action": "abc", origin: "http://evil.example" })).toEqual({ refused: true, status: 403 });
  expect(call({ "next-action": "abc", origin: "http://academy.test:3001" })).toEqual({ refused: true, status: 403 });
  expect(call({ "next-action": "abc", origin: "null" })).toEqual({ refused: true, status: 403 });
});
it("lets same-origin actions and everything else through to Next", () => {
  expect(call({ "next-action": "abc", origin: "http://academy.test:3000" }).refused).toBe(false);
  expect(call({ origin: "http://evil.example" }).refused).toBe(false);
  expect(call({ "next-action": "abc" }).refused).toBe(false);
  expect(call({ "next-action": "abc", origin: "http://evil.example" }, "GET").refused).toBe(false);
});

import type { IncomingMessage, ServerResponse } from "node:http";
import { expect, it } from "vitest";
import { refuseForeignAction } from "./check-action-origin";

function call(headers: Record<string, string>, method = "POST", url = "/admin/users") {
  let status = 0;
  const res = { writeHead: (s: number) => (status = s), end: () => undefined } as unknown as ServerResponse;
  const refused = refuseForeignAction({ method, url, headers: { host: "academy.test:3000", ...headers } } as IncomingMessage, res);
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
it("answers 403 to a no-JS form post (Next decodes it as an action) from another origin to a page", () => {
  const evil = { origin: "http://evil.example" };
  expect(call({ ...evil, "content-type": "application/x-www-form-urlencoded" })).toEqual({ refused: true, status: 403 });
  expect(call({ ...evil, "content-type": "multipart/form-data; boundary=----x" }, "POST", "/profile?tab=1")).toEqual({
    refused: true,
    status: 403,
  });
  expect(call({ origin: "http://academy.test:3000", "content-type": "application/x-www-form-urlencoded" }).refused).toBe(false);
});
it("leaves form posts to route handlers under /api to their own checks", () => {
  const evil = { origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" };
  expect(call(evil, "POST", "/api/auth/callback/credentials").refused).toBe(false);
  expect(call({ ...evil, "content-type": "multipart/form-data; boundary=x" }, "POST", "/api/verify").refused).toBe(false);
  expect(call({ origin: "http://evil.example", "content-type": "application/json" }).refused).toBe(false);
});

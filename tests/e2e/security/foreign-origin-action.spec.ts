import { expect, test } from "../fixtures/test";

// A server action posted from another origin is refused with 403 (it used to surface as a 500).
test("a cross-origin server action answers 403, not 500", async ({ request }) => {
  const response = await request.post("/profile", {
    headers: { "next-action": "0000000000000000000000000000000000000000", origin: "http://127.0.0.1:1", "content-type": "text/plain" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});

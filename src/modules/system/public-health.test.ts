import { expect, it } from "vitest";
import { publicHealth } from "./public-health";

it("tells anonymous callers the status, not the Docker version or errors", () => {
  const full = { status: "ok", database: { ok: true }, docker: { ok: true, version: "20.10.24", apiVersion: "1.41" } };
  expect(publicHealth(full)).toEqual({ status: "ok", database: { ok: true }, docker: { ok: true } });
  expect(JSON.stringify(publicHealth(full))).not.toContain("20.10");
});

import { describe, expect, it } from "vitest";
import { generateVariables, renderTemplate } from "./generate-variables";

describe("generateVariables", () => {
  it("generates every kind within its constraints", () => {
    const v = generateVariables({
      SERIAL: { kind: "hex", length: 6, prefix: "ACCC8E", upper: true },
      PIN: { kind: "digits", length: 4, prefix: "" },
      ADMIN: { kind: "pick", from: ["alice", "bob"] },
      PORT: { kind: "number", min: 8000, max: 8002 },
    });
    expect(v.SERIAL).toMatch(/^ACCC8E[0-9A-F]{6}$/u);
    expect(v.PIN).toMatch(/^\d{4}$/u);
    expect(["alice", "bob"]).toContain(v.ADMIN);
    expect(Number(v.PORT)).toBeGreaterThanOrEqual(8000);
    expect(Number(v.PORT)).toBeLessThanOrEqual(8002);
  });
  it("varies between learners", () => {
    const serials = new Set(
      Array.from({ length: 20 }, () => generateVariables({ S: { kind: "hex", length: 12, prefix: "", upper: true } }).S),
    );
    expect(serials.size).toBe(20);
  });
});

describe("renderTemplate", () => {
  it("substitutes known names and leaves unknown ones visible", () => {
    expect(renderTemplate("camera {{ SERIAL }} by {{ADMIN}} {{MISSING}}", { SERIAL: "AB12", ADMIN: "ops" })).toBe(
      "camera AB12 by ops {{MISSING}}",
    );
  });
});

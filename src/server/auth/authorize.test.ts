import { describe, expect, it } from "vitest";
import { decide } from "./authorize";

describe("decide", () => {
  it("sends anonymous visitors to sign in", () => {
    expect(decide(null, ["LEARNER"])).toBe("unauthenticated");
    expect(decide(undefined)).toBe("unauthenticated");
  });
  it("allows any signed-in user when no role is listed", () => {
    expect(decide({ role: "LEARNER" })).toBe("allow");
  });
  it("allows listed roles and forbids others", () => {
    expect(decide({ role: "TRAINER" }, ["TRAINER"])).toBe("allow");
    expect(decide({ role: "LEARNER" }, ["TRAINER", "PARTNER_MANAGER"])).toBe("forbidden");
    expect(decide({ role: "PARTNER_MANAGER" }, ["ADMIN"])).toBe("forbidden");
  });
  it("lets admins through every role check", () => {
    expect(decide({ role: "ADMIN" }, ["TRAINER"])).toBe("allow");
  });
});

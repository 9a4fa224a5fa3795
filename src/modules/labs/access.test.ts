import { describe, expect, it } from "vitest";
import { sessionAccess, terminalOpen } from "./access";

describe("sessionAccess", () => {
  const session = { userId: "a" };
  it("lets the owner act", () => expect(sessionAccess({ id: "a", role: "LEARNER" }, session)).toBe("owner"));
  it("refuses other learners and partner managers", () => {
    expect(sessionAccess({ id: "b", role: "LEARNER" }, session)).toBe("none");
    expect(sessionAccess({ id: "b", role: "PARTNER_MANAGER" }, session)).toBe("none");
  });
  it("lets trainers and admins observe only", () => {
    expect(sessionAccess({ id: "t", role: "TRAINER" }, session)).toBe("observer");
    expect(sessionAccess({ id: "x", role: "ADMIN" }, session)).toBe("observer");
  });
  it("refuses anonymous users, missing sessions and pooled (unowned) sessions to learners", () => {
    expect(sessionAccess(null, session)).toBe("none");
    expect(sessionAccess({ id: "a", role: "LEARNER" }, null)).toBe("none");
    expect(sessionAccess({ id: "a", role: "LEARNER" }, { userId: null })).toBe("none");
  });
});

describe("terminalOpen", () => {
  const at = new Date();
  it("offers the shell once the terminal host runs, before the lab is fully set up", () => {
    expect(terminalOpen({ status: "provisioning", terminalAt: null })).toBe(false);
    expect(terminalOpen({ status: "provisioning", terminalAt: at })).toBe(true);
    expect(terminalOpen({ status: "ready", terminalAt: at })).toBe(true);
  });
  it("never for a lab that ended or failed", () => {
    for (const status of ["failed", "expired", "destroyed"]) expect(terminalOpen({ status, terminalAt: at })).toBe(false);
  });
});

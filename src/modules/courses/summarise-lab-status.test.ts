import { describe, expect, it } from "vitest";
import { summariseLabStatus } from "./summarise-lab-status";

describe("summariseLabStatus", () => {
  it("maps the latest session to not started, in progress or completed", () => {
    expect(summariseLabStatus(undefined).status).toBe("not-started");
    expect(summariseLabStatus({ stepsPassed: 2, stepsTotal: 5 })).toEqual({ status: "in-progress", stepsPassed: 2, stepsTotal: 5 });
    expect(summariseLabStatus({ stepsPassed: 5, stepsTotal: 5 }).status).toBe("completed");
    expect(summariseLabStatus({ stepsPassed: 0, stepsTotal: 0 }).status).toBe("in-progress");
  });
});

import { describe, expect, it } from "vitest";
import { feedbackOf, interpreterFor } from "./run-script";

describe("lab scripts", () => {
  it("picks bash only when the shebang asks for it", () => {
    expect(interpreterFor("#!/bin/bash\necho")).toBe("bash");
    expect(interpreterFor("#!/usr/bin/env bash\n")).toBe("bash");
    expect(interpreterFor("#!/bin/sh\n")).toBe("sh");
    expect(interpreterFor("echo hi")).toBe("sh");
  });
  it("uses the last non-empty stdout line as feedback", () => {
    expect(feedbackOf("checking...\nAdmin user exists.\n\n")).toBe("Admin user exists.");
    expect(feedbackOf("")).toBe("");
    expect(feedbackOf("x".repeat(900))).toHaveLength(500);
  });
});

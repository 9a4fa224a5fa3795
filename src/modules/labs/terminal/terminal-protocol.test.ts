import { describe, expect, it } from "vitest";
import { parseClientMessage, TERMINAL_PATH } from "./terminal-protocol";

describe("terminal protocol", () => {
  it("accepts input, clamped resizes and flow control", () => {
    expect(parseClientMessage('{"t":"i","d":"ls\\r"}')).toEqual({ t: "i", d: "ls\r" });
    expect(parseClientMessage('{"t":"r","c":5000,"r":1}')).toEqual({ t: "r", c: 500, r: 4 });
    expect(parseClientMessage('{"t":"p"}')).toEqual({ t: "p" });
  });
  it("ignores anything else", () => {
    expect(parseClientMessage("nope")).toBeNull();
    expect(parseClientMessage('{"t":"r","c":"80"}')).toBeNull();
    expect(parseClientMessage('{"t":"x"}')).toBeNull();
  });
  it("matches only session terminal paths", () => {
    expect(TERMINAL_PATH.exec("/api/labs/cmabcdefghijklmnopqrstuv/terminal?cols=80")?.[1]).toBe("cmabcdefghijklmnopqrstuv");
    expect(TERMINAL_PATH.test("/api/labs/../terminal")).toBe(false);
  });
});

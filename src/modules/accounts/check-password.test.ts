import { describe, expect, it } from "vitest";
import { characterClasses, checkPassword } from "./check-password";

describe("checkPassword", () => {
  it("accepts 12+ characters with three classes", () => {
    expect(checkPassword("Lens-Focus42x")).toBeNull();
  });
  it("accepts a 20+ character passphrase of one class", () => {
    expect(checkPassword("orange camera tripod lighthouse")).toBeNull();
  });
  it("refuses short passwords", () => {
    expect(checkPassword("Ab1!xyz")).toMatch(/at least 12/);
  });
  it("refuses 12+ characters with only two classes", () => {
    expect(checkPassword("onlylowercase123")).toMatch(/three of/);
  });
  it("refuses common passwords, also in leet or with suffixes", () => {
    expect(checkPassword("password")).toMatch(/too common/);
    expect(checkPassword("P@ssw0rd2024!")).toMatch(/too common/);
    expect(checkPassword("Welcome123!!")).toMatch(/too common/);
  });
  it("refuses repeated patterns", () => {
    expect(checkPassword("aaaaaaaaaaaaaaaaaaaaaa")).toMatch(/repeated/);
    expect(checkPassword("Ab1!Ab1!Ab1!Ab1!")).toMatch(/repeated/);
  });
  it("refuses passwords containing the user's name or email", () => {
    expect(checkPassword("Margarethe#2026x", { name: "Margarethe Olsen" })).toMatch(/name or email/);
    expect(checkPassword("xx-jdoe1-Secure!", { email: "jdoe1@example.com" })).toMatch(/name or email/);
  });
  it("refuses over-long input", () => {
    expect(checkPassword("A1!" + "x".repeat(200))).toMatch(/at most 128/);
  });
  it("counts character classes", () => {
    expect(characterClasses("aA1!")).toBe(4);
    expect(characterClasses("abc")).toBe(1);
  });
});

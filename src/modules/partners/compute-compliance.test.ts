import { describe, expect, it } from "vitest";
import { computeCompliance, coversPractice } from "./compute-compliance";

const modules = [
  { slug: "hardening", title: "Hardening", lessons: ["h1", "h2"] },
  { slug: "empty", title: "Empty", lessons: [] },
];
const staff = (lessons: string[], labs: string[] = []) => ({
  userId: "u",
  lessonsCompleted: new Set(lessons),
  labsCompleted: new Set(labs),
});

describe("compliance coverage", () => {
  it("covers a module only when every lesson of it is completed", () => {
    expect(coversPractice(staff(["h1", "h2"]), "module", "hardening", modules)).toBe(true);
    expect(coversPractice(staff(["h1"]), "module", "hardening", modules)).toBe(false);
    expect(coversPractice(staff([]), "module", "empty", modules)).toBe(false);
    expect(coversPractice(staff([], ["first-boot"]), "lab", "first-boot", modules)).toBe(true);
  });
  it("marks a requirement covered when each practice is covered by someone", () => {
    const config = {
      course: "c",
      requirements: [
        { ref: "SP.02", name: "Hardening", practices: ["module:hardening", "lab:first-boot"] },
        { ref: "SR 7.7", name: "Least functionality", practices: ["module:hardening"] },
      ],
    };
    const result = computeCompliance(config, modules, [staff(["h1", "h2"]), staff(["h1"], ["first-boot"])], { "first-boot": "First boot" });
    expect(result.map((r) => [r.ref, r.covered])).toEqual([
      ["SP.02", true],
      ["SR 7.7", true],
    ]);
    expect(result[0].practices.map((p) => [p.title, p.staffCovering])).toEqual([
      ["Hardening", 1],
      ["First boot", 1],
    ]);
    const none = computeCompliance(config, modules, [staff(["h1"])]);
    expect(none.map((r) => r.covered)).toEqual([false, false]);
  });
});

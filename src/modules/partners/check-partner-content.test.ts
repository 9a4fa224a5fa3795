import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPartnerContent, loadPartnerConfig } from "./load-partner-config";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

describe("checkPartnerContent", () => {
  it("accepts the real partner config", () => {
    expect(checkPartnerContent(process.cwd())).toEqual([]);
    expect(loadPartnerConfig().tiers.tiers.map((t) => t.id)).toEqual(["AUTHORIZED", "SILVER", "GOLD"]);
  });
  it("reports schema errors with file and line", () => {
    const issues = checkPartnerContent(fixture("broken")).map((i) => `${i.file}:${i.line}: ${i.message}`);
    expect(issues).toEqual([
      "content/partners/tiers.yaml:14: tiers.1.requirements.certifiedProfessionals: Invalid input: expected number, received string",
      "content/partners/compliance.yaml:5: requirements.0.practices.2: must be module:<module-slug> or lab:<lab-slug>",
    ]);
    expect(() => loadPartnerConfig(fixture("broken"))).toThrow(/tiers\.yaml:14/u);
  });
  it("reports missing tiers and references to exams, courses and labs that do not exist", () => {
    const issues = checkPartnerContent(fixture("dangling")).map((i) => `${i.file}:${i.line}: ${i.message}`);
    expect(issues).toEqual([
      "content/partners/tiers.yaml:3: tiers: tier GOLD must be defined exactly once (found 0)",
      'content/partners/compliance.yaml:1: no course "no-such-course" under content/courses',
      'content/partners/compliance.yaml:5: no lab "no-such-lab" under labs/',
    ]);
  });
});

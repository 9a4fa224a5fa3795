import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadExamDir } from "./load-exam";
import { checkExamContent } from "./check-exam-content";
import { formatIssue } from "@/src/modules/content/content-issue";

const fixtures = path.join("src/modules/exams/fixtures");

describe("exam loader", () => {
  it("loads a valid exam and normalises answers into keys", async () => {
    const { loaded, issues } = await loadExamDir(path.join(fixtures, "sample-exam"));
    expect(issues).toEqual([]);
    const byId = new Map(loaded!.items.map((i) => [i.id, i]));
    expect(byId.get("alpha-001")!.key).toEqual([2]);
    expect(byId.get("alpha-002")!.key).toEqual([0, 3]);
    expect(byId.get("alpha-003")).toMatchObject({ options: ["True", "False"], key: [0], topic: "alpha" });
    expect(byId.get("beta-002")!.key).toEqual([1]);
    expect(byId.get("beta-001")!.key).toEqual([0, 1, 2]);
  });

  it("reports file:line problems: range, duplicates, enum, blueprint shortfall", async () => {
    const { loaded, issues } = await loadExamDir(path.join(fixtures, "broken-exam"));
    expect(loaded).toBeUndefined();
    const lines = issues.map(formatIssue);
    const items = path.join(fixtures, "broken-exam/items/alpha.yaml");
    expect(lines).toContain(`${items}:9: alpha-001: answer 2 is out of range 0..1`);
    expect(lines.some((l) => l.startsWith(`${items}:19: duplicate item id "alpha-002" (first in ${items}:11)`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${items}:28: items.3.difficulty:`))).toBe(true);
    expect(lines).toContain(
      `${path.join(fixtures, "broken-exam/exam.yaml")}:12: blueprint draws 5 "alpha" items, so the pool needs at least 15 (3x the draw, and one draw per allowed attempt) but the bank has 1`,
    );
  });

  it("checkExamContent walks every exam folder and checks practical lab steps exist", async () => {
    const issues = (await checkExamContent(fixtures)).map(formatIssue);
    expect(issues.some((i) => i.includes("broken-exam"))).toBe(true);
    expect(issues).toContain(
      `${path.join(fixtures, "sample-exam/exam.yaml")}:16: practical "practical-sample": lab "first-boot" has no step "no-such-step"`,
    );
    expect(issues.filter((i) => i.includes("open-exam"))).toEqual([]);
  });
});

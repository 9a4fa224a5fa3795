import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadExamDir } from "./load-exam";
import { drawExamItems } from "./draw-exam-items";
import { gradeAttempt, isCorrect, toDisplayPositions, toItemAnswer, type Answer } from "./grade-attempt";
import { gradePractical } from "./grade-practical";
import { computeDeadline, isPastDeadline, secondsLeft } from "./attempt-deadline";
import type { ExamItem, LoadedExam } from "./schema";

let loaded: LoadedExam;
let items: Map<string, ExamItem>;
beforeAll(async () => {
  loaded = (await loadExamDir(path.join("src/modules/exams/fixtures/sample-exam"))).loaded!;
  items = new Map(loaded.items.map((i) => [i.id, i]));
});

describe("drawExamItems", () => {
  it("follows the blueprint, is deterministic per seed and differs across seeds", () => {
    const a = drawExamItems(loaded.exam, loaded.items, "seed-1");
    expect(a).toHaveLength(4);
    expect(a.filter((e) => e.topic === "alpha")).toHaveLength(2);
    expect(new Set(a.map((e) => e.itemId)).size).toBe(4);
    expect(drawExamItems(loaded.exam, loaded.items, "seed-1")).toEqual(a);
    const papers = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(drawExamItems(loaded.exam, loaded.items, `s${i}`))));
    expect(papers.size).toBeGreaterThan(5);
  });

  it("shuffles options as a permutation, keeps True/False, never shows ordering solved", () => {
    for (let s = 0; s < 30; s++) {
      for (const e of drawExamItems(loaded.exam, loaded.items, `o${s}`)) {
        const item = items.get(e.itemId)!;
        expect([...e.order].sort()).toEqual(item.options.map((_, i) => i));
        if (item.type === "true-false") expect(e.order).toEqual([0, 1]);
        if (item.type === "ordering") expect(e.order).not.toEqual([0, 1, 2]);
      }
    }
  });

  it("prefers unseen items on a retake", () => {
    for (let s = 0; s < 20; s++) {
      const seen = new Set(["alpha-001", "alpha-002", "alpha-003", "alpha-004", "beta-001", "beta-002", "beta-003", "beta-004"]);
      const ids = drawExamItems(loaded.exam, loaded.items, `r${s}`, seen).map((e) => e.itemId);
      expect(ids.sort()).toEqual(["alpha-005", "alpha-006", "beta-005", "beta-006"]);
    }
  });

  it("never draws reviewed items while the pool has others, even seen ones", () => {
    // Third attempt: the first paper was reviewed, the second only seen; the pool (3x the draw) still fills the paper.
    const reviewed = new Set(["alpha-001", "alpha-002", "beta-001", "beta-002"]);
    const seen = new Set([...reviewed, "alpha-003", "alpha-004", "alpha-005", "alpha-006", "beta-003", "beta-004", "beta-005", "beta-006"]);
    for (let s = 0; s < 20; s++) {
      const ids = drawExamItems(loaded.exam, loaded.items, `v${s}`, seen, reviewed).map((e) => e.itemId);
      expect(ids.filter((id) => reviewed.has(id))).toEqual([]);
      expect(ids).toHaveLength(4);
    }
  });

  it("refuses a blueprint the bank cannot fill", () => {
    expect(() => drawExamItems({ blueprint: [{ topic: "alpha", count: 9 }] }, loaded.items, "x")).toThrow(/bank has 6/u);
  });
});

describe("grading", () => {
  it("grades every item type all-or-nothing", () => {
    const g = (id: string, a: Answer) => isCorrect(items.get(id)!, a);
    expect(g("alpha-001", [2])).toBe(true);
    expect(g("alpha-001", [1])).toBe(false);
    expect(g("alpha-002", [3, 0])).toBe(true);
    expect(g("alpha-002", [0])).toBe(false);
    expect(g("alpha-002", [0, 1, 3])).toBe(false);
    expect(g("alpha-003", [0])).toBe(true);
    expect(g("beta-002", [0])).toBe(false);
    expect(g("beta-001", [0, 1, 2])).toBe(true);
    expect(g("beta-001", [1, 0, 2])).toBe(false);
    expect(g("beta-003", null)).toBe(false);
  });

  it("maps display positions through the shuffle and back", () => {
    const entry = { itemId: "alpha-001", version: 1, topic: "alpha", order: [3, 2, 0, 1] };
    expect(toItemAnswer(entry, [1])).toEqual([2]);
    expect(toDisplayPositions(entry, [2])).toEqual([1]);
    expect(toItemAnswer(entry, [])).toBeNull();
    expect(() => toItemAnswer(entry, [4])).toThrow();
    expect(() => toItemAnswer(entry, [1, 1])).toThrow();
  });

  it("scores per topic, includes practical points and applies the pass mark", () => {
    const paper = ["alpha-001", "alpha-002", "beta-001", "beta-003"].map((id) => ({
      itemId: id,
      version: 1,
      topic: items.get(id)!.topic,
      order: [],
    }));
    const answers = new Map<string, Answer>([
      ["alpha-001", [2]],
      ["alpha-002", [0, 3]],
      ["beta-001", [0, 2, 1]],
    ]);
    const practical = [
      { id: "p", title: "p", lab: "first-boot", points: 4, earned: 2, stepsPassed: ["create-admin"], stepsTotal: 2, sessionId: "s" },
    ];
    const grade = gradeAttempt(paper, items, answers, 70, practical);
    expect(grade.topics).toEqual({ alpha: { correct: 2, total: 2 }, beta: { correct: 0, total: 2 } });
    expect(grade.scorePercent).toBe(50); // (2 + 2) / (4 + 4)
    expect(grade.passed).toBe(false);
    const full = gradeAttempt(paper, items, new Map([...answers, ["beta-001", [0, 1, 2]], ["beta-003", [1]]]), 70, practical);
    expect(full).toMatchObject({ itemsCorrect: 4, scorePercent: 75, passed: true });
    // An item withdrawn from the bank mid-attempt is not scored at all.
    const withdrawn = gradeAttempt(
      [...paper, { itemId: "gone-001", version: 1, topic: "alpha", order: [] }],
      items,
      answers,
      70,
      practical,
    );
    expect(withdrawn).toMatchObject({ itemsTotal: 4, scorePercent: 50 });
  });
});

describe("practical grading from lab step results", () => {
  const task = loaded_task();
  const window = { startedAt: new Date("2026-01-01T10:00:00Z"), endedAt: new Date("2026-01-01T11:00:00Z") };
  const step = (stepId: string, passedAt: string | null) => ({
    stepId,
    passed: passedAt !== null,
    passedAt: passedAt ? new Date(passedAt) : null,
  });

  it("counts only sessions started during the attempt and steps passed before submission", () => {
    const sessions = [
      {
        sessionId: "before",
        labSlug: "first-boot",
        createdAt: new Date("2026-01-01T09:00:00Z"),
        steps: [step("create-admin", "2026-01-01T09:10:00Z"), step("https-only", "2026-01-01T09:20:00Z")],
      },
      {
        sessionId: "during",
        labSlug: "first-boot",
        createdAt: new Date("2026-01-01T10:05:00Z"),
        steps: [step("create-admin", "2026-01-01T10:10:00Z"), step("https-only", "2026-01-01T11:30:00Z")],
      },
      {
        sessionId: "other-lab",
        labSlug: "signed-video",
        createdAt: new Date("2026-01-01T10:05:00Z"),
        steps: [step("https-only", "2026-01-01T10:10:00Z")],
      },
    ];
    expect(gradePractical([task], sessions, window)[0]).toMatchObject({ earned: 2, stepsPassed: ["create-admin"], sessionId: "during" });
    expect(gradePractical([task], [], window)[0]).toMatchObject({ earned: 0, sessionId: null });
  });
});

function loaded_task() {
  return { id: "practical-sample", title: "Harden it", lab: "first-boot", steps: ["create-admin", "https-only"], points: 4 };
}

describe("deadline", () => {
  it("adds extra time and refuses at or after the deadline", () => {
    const start = new Date("2026-01-01T10:00:00Z");
    const deadline = computeDeadline(start, 60, 15);
    expect(deadline.toISOString()).toBe("2026-01-01T11:15:00.000Z");
    expect(isPastDeadline(deadline, new Date("2026-01-01T11:14:59.999Z"))).toBe(false);
    expect(isPastDeadline(deadline, deadline)).toBe(true);
    expect(secondsLeft(deadline, new Date("2026-01-01T11:14:00Z"))).toBe(60);
    expect(secondsLeft(deadline, new Date("2026-01-01T12:00:00Z"))).toBe(0);
  });
});

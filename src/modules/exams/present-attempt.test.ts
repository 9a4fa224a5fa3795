import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadExamDir } from "./load-exam";
import { drawExamItems } from "./draw-exam-items";
import { presentNavigator, presentQuestion, presentReview } from "./present-attempt";

describe("presentQuestion", () => {
  it("sends the browser shuffled options and the saved choice, never the key or explanation", async () => {
    const { loaded } = await loadExamDir(path.join("src/modules/exams/fixtures/sample-exam"));
    const items = new Map(loaded!.items.map((i) => [i.id, i]));
    const paper = drawExamItems(loaded!.exam, loaded!.items, "present");
    const multipleAt = paper.findIndex((e) => items.get(e.itemId)!.type !== "true-false");
    const entry = paper[multipleAt];
    const responses = [{ itemId: entry.itemId, answer: [entry.order[1]], flagged: true }];
    const view = presentQuestion(paper, multipleAt, items, responses)!;
    expect(view.selected).toEqual([1]);
    expect(view.options).toEqual(entry.order.map((i) => items.get(entry.itemId)!.options[i]));
    const json = JSON.stringify(view);
    for (const item of items.values()) expect(json).not.toContain(item.explanation);
    expect(Object.keys(view).sort()).toEqual(["flagged", "options", "position", "selected", "stem", "topic", "total", "type"]);
    expect(presentNavigator(paper, responses)[multipleAt]).toEqual({ position: multipleAt, answered: true, flagged: true });
    expect(presentReview(paper, items, responses, "keys")[multipleAt].explanation).toBe(items.get(entry.itemId)!.explanation);
  });

  it("by default lists only the wrong items with the candidate's answer, and no key or explanation anywhere", async () => {
    const { loaded } = await loadExamDir(path.join("src/modules/exams/fixtures/sample-exam"));
    const items = new Map(loaded!.items.map((i) => [i.id, i]));
    const paper = drawExamItems(loaded!.exam, loaded!.items, "policy");
    const responses = paper.map((e, n) => ({ itemId: e.itemId, answer: [0], flagged: false, correct: n % 2 === 0 }));
    const review = presentReview(paper, items, responses, "wrong-items");
    expect(review.map((r) => r.position)).toEqual(paper.flatMap((_, n) => (n % 2 === 1 ? [n] : [])));
    expect(review.every((r) => r.key === undefined && r.explanation === undefined && r.given?.[0] === 0)).toBe(true);
    const json = JSON.stringify(review);
    for (const item of items.values()) expect(json).not.toContain(item.explanation);
    expect(presentReview(paper, items, responses, "score-only")).toEqual([]);
  });
});

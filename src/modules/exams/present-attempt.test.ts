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
    const responses = [{ itemId: entry.itemId, answer: JSON.stringify([entry.order[1]]), flagged: true }];
    const view = presentQuestion(paper, multipleAt, items, responses)!;
    expect(view.selected).toEqual([1]);
    expect(view.options).toEqual(entry.order.map((i) => items.get(entry.itemId)!.options[i]));
    const json = JSON.stringify(view);
    for (const item of items.values()) expect(json).not.toContain(item.explanation);
    expect(Object.keys(view).sort()).toEqual(["flagged", "options", "position", "selected", "stem", "topic", "total", "type"]);
    expect(presentNavigator(paper, responses)[multipleAt]).toEqual({ position: multipleAt, answered: true, flagged: true });
    expect(presentReview(paper, items, responses)[multipleAt].explanation).toBe(items.get(entry.itemId)!.explanation);
  });
});

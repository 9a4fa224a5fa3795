import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { startAttempt } from "./start-attempt";
import { recordAnswer } from "./record-answer";
import { finishAttempt } from "./finish-attempt";
import { findAttempt } from "./queries";
import { getExam } from "./get-exam";
import { loadPaperItems } from "./load-paper-items";
import { presentReview } from "./present-attempt";
import { invalidateContent } from "@/src/modules/content/cache-content";

// A private copy of the fixture exam, so this test can edit an item file mid-way.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "exams-versions-"));
fs.cpSync("src/modules/exams/fixtures/open-exam", path.join(root, "open-exam"), { recursive: true });
process.env.EXAMS_ROOT = root;
process.env.ISSUER_KEY_PATH = path.join(root, "issuer-key.json");
process.env.AUTH_URL = "http://127.0.0.1:3999";

/** Rewrites every item of the exam: new stems and the key moved (what an author's edit could do). */
function editEveryItem() {
  for (const file of ["alpha.yaml", "beta.yaml"]) {
    const p = path.join(root, "open-exam", "items", file);
    const text = fs.readFileSync(p, "utf8");
    fs.writeFileSync(
      p,
      text
        .replace(/stem: (.*)/gu, "stem: EDITED $1")
        .replace(/answer: true/gu, "answer: false")
        .replace(/answer: 2$/gmu, "answer: 1"),
    );
  }
}

describe("item versions (real SQLite)", () => {
  it("grades and reviews an attempt with the item versions the candidate saw, after the files were edited", async () => {
    const user = await db.user.create({ data: { name: "Versioned", email: `ver-${Date.now()}@example.com` } });
    const started = await startAttempt(user.id, "open-exam");
    const attemptId = (started as { attemptId: string }).attemptId;
    const before = (await getExam("open-exam"))!;
    const paper = (await findAttempt(attemptId))!.paper;
    expect(paper.every((e) => /^[0-9a-f]{32}$/u.test(e.hash ?? ""))).toBe(true);
    for (const [position, entry] of paper.entries()) {
      const key = before.itemsById.get(entry.itemId)!.key;
      await recordAnswer(user.id, { attemptId, position, answer: key.map((i) => entry.order.indexOf(i)) });
    }
    const saved = (await findAttempt(attemptId))!;
    // Each response records the content hash of the version on the paper.
    expect(new Set(saved.responses.map((r) => r.itemHash))).toEqual(new Set(paper.map((e) => e.hash)));

    editEveryItem();
    invalidateContent(); // what SIGHUP does on a running academy
    const after = (await getExam("open-exam"))!;
    expect(paper.some((e) => after.itemsById.get(e.itemId)!.stem.startsWith("EDITED"))).toBe(true);

    await finishAttempt(saved, "submitted");
    const done = (await findAttempt(attemptId))!;
    // Graded against what was seen: every answer stays correct although keys moved in the files.
    expect(done.responses.filter((r) => r.correct)).toHaveLength(paper.length);
    const review = presentReview(paper, await loadPaperItems(paper, after.itemsById), done.responses, "keys");
    expect(review.map((r) => r.stem).some((s) => s.startsWith("EDITED"))).toBe(false);
    expect(review.map((r) => r.stem)).toEqual(paper.map((e) => before.itemsById.get(e.itemId)!.stem));
  });
});

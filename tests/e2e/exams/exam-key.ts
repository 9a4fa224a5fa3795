// Test-side answer key: the e2e process reads the exam's content files (never the app's responses).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { parse } from "yaml";

export const EXAM_SLUG = "certified-professional-camera-cybersecurity";
const DIR = path.join("content/exams", EXAM_SLUG, "items");

export type KeyItem = { id: string; type: string; stem: string; options: string[]; correct: string[]; explanation: string };

export const normalise = (s: string) =>
  s
    .replace(/\*\*|`/gu, "")
    .replace(/\s+/gu, " ")
    .trim();

export function loadAnswerKey(): Map<string, KeyItem> {
  const byStem = new Map<string, KeyItem>();
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith(".yaml"))) {
    const doc = parse(fs.readFileSync(path.join(DIR, file), "utf8")) as {
      items: { id: string; type: string; stem: string; options?: string[]; answer?: number | number[] | boolean; explanation: string }[];
    };
    for (const it of doc.items) {
      const options = it.type === "true-false" ? ["True", "False"] : it.options!;
      const correct =
        it.type === "true-false"
          ? [it.answer ? "True" : "False"]
          : it.type === "single"
            ? [options[it.answer as number]]
            : it.type === "multiple"
              ? (it.answer as number[]).map((i) => options[i])
              : options; // ordering: authored order is correct
      byStem.set(normalise(it.stem), { id: it.id, type: it.type, stem: it.stem, options, correct, explanation: it.explanation });
    }
  }
  return byStem;
}

/** Marks the course prerequisites complete for an account in the e2e server's database. */
export function completePrerequisites(email: string) {
  const port = process.env.E2E_PORT ?? "3100";
  execFileSync("npx", ["tsx", "prisma/seed/exams.ts", "complete-prerequisites", email, EXAM_SLUG], {
    env: { ...process.env, DATABASE_URL: `file:./data/e2e-${port}.db`, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
}

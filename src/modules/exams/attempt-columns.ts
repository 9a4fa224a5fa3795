import { z } from "zod";
import type { PaperEntry } from "./draw-exam-items";
import type { TopicScore } from "./grade-attempt";
import type { PracticalResult } from "./grade-practical";

// The Json columns of exam attempts, validated when read: a row that does not match is an error, not a
// guess. Each schema is checked against the type the code that writes the column declares.
const paperColumn: z.ZodType<PaperEntry[]> = z.array(
  z.object({
    itemId: z.string(),
    version: z.number(),
    hash: z.string().optional(),
    topic: z.string(),
    order: z.array(z.number().int()),
  }),
);
export const answerColumn = z.array(z.number().int()).nullable();
const topicScoresColumn: z.ZodType<Record<string, TopicScore> | null> = z
  .record(z.string(), z.object({ correct: z.number(), total: z.number() }))
  .nullable();
const practicalColumn: z.ZodType<PracticalResult[] | null> = z
  .array(
    z.object({
      id: z.string(),
      title: z.string(),
      lab: z.string(),
      points: z.number(),
      earned: z.number(),
      stepsPassed: z.array(z.string()),
      stepsTotal: z.number(),
      sessionId: z.string().nullable(),
    }),
  )
  .nullable();

type Typed = {
  paper: z.infer<typeof paperColumn>;
  topicScores: z.infer<typeof topicScoresColumn>;
  practical: z.infer<typeof practicalColumn>;
};

/** An attempt row with its Json columns typed. */
export function toAttempt<T extends Record<keyof Typed, unknown>>(row: T): Omit<T, keyof Typed> & Typed {
  return {
    ...row,
    paper: paperColumn.parse(row.paper),
    topicScores: topicScoresColumn.parse(row.topicScores),
    practical: practicalColumn.parse(row.practical),
  };
}

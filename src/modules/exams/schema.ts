import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, "must be kebab-case");

export const ITEM_TYPES = ["single", "multiple", "true-false", "ordering"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

const REVIEW_POLICIES = ["score-only", "wrong-items", "keys"] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];

export const examSchema = z.strictObject({
  slug,
  title: z.string().min(1),
  programme: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/u, "must be a semantic version such as 1.0.0"),
  timeLimitMinutes: z.number().int().min(1).max(600),
  passMark: z.number().min(1).max(100),
  attemptsAllowed: z.number().int().min(1),
  cooldownHours: z.number().min(0),
  validityYears: z.number().int().min(1).max(10),
  // What a candidate sees after submitting (see present-attempt.ts). The default shows per-topic
  // results and which items were wrong, never the keys: keys only when an exam says so.
  review: z.enum(REVIEW_POLICIES).default("wrong-items"),
  description: z.string().optional(),
  prerequisites: z
    .strictObject({ courses: z.array(slug).default([]), classroomAttendance: z.boolean().default(false) })
    .default({ courses: [], classroomAttendance: false }),
  blueprint: z.array(z.strictObject({ topic: slug, count: z.number().int().min(1) })).min(1),
  practical: z
    .array(
      z.strictObject({
        id: slug,
        title: z.string().min(1),
        description: z.string().optional(),
        lab: slug,
        steps: z.array(z.string().min(1)).min(1),
        points: z.number().int().min(1),
      }),
    )
    .default([]),
});
export type Exam = z.infer<typeof examSchema>;
export type PracticalTask = Exam["practical"][number];

export const itemSchema = z.strictObject({
  id: slug,
  type: z.enum(ITEM_TYPES),
  difficulty: z.enum(["easy", "medium", "hard"]),
  version: z.number().int().min(1),
  stem: z.string().min(1),
  options: z.array(z.string().min(1)).min(2).max(8).optional(),
  answer: z.union([z.number().int(), z.array(z.number().int()), z.boolean()]).optional(),
  explanation: z.string().min(1),
});
export type RawItem = z.infer<typeof itemSchema>;

export const itemFileSchema = z.strictObject({ topic: slug, items: z.array(z.unknown()).min(1) });

/** An item after validation, normalised: true/false has options ["True", "False"]; answer is a key. */
export type ExamItem = {
  id: string;
  topic: string;
  type: ItemType;
  difficulty: "easy" | "medium" | "hard";
  version: number;
  stem: string;
  options: string[];
  /** single/true-false: [index]; multiple: sorted indexes; ordering: [0..n-1] (the authored order). */
  key: number[];
  explanation: string;
};

export type LoadedExam = { exam: Exam; items: ExamItem[]; dir: string };

// Inputs from the browser (server actions / route handlers).
export const saveAnswerSchema = z.object({
  attemptId: z.string().min(1).max(64),
  position: z.number().int().min(0).max(500),
  // Positions in the shuffled option list as displayed (never item indexes: the browser has no key).
  answer: z.array(z.number().int().min(0).max(20)).max(20).nullable(),
  flagged: z.boolean().optional(),
});

export const allowanceSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter the candidate's email.")),
  extraMinutes: z.coerce.number().int().min(0, "0 to 240 minutes.").max(240, "0 to 240 minutes."),
  reason: z.string().trim().max(200).optional(),
});

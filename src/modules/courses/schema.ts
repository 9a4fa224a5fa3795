import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, "must be kebab-case (a-z, 0-9, -)");

const objectiveSchema = z.strictObject({ id: slug, text: z.string().min(10) });

const moduleSchema = z.strictObject({
  slug,
  title: z.string().min(3),
  day: z.number().int().min(1).max(5),
  objectives: z.array(objectiveSchema).min(1),
  lessons: z.array(slug).min(1),
});

/** content/courses/<course>/course.yaml */
export const courseFileSchema = z.strictObject({
  slug,
  title: z.string().min(3),
  summary: z.string().min(10),
  audience: z.string().min(3),
  duration: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/u, "must be a semantic version such as 1.0.0"),
  modules: z.array(moduleSchema).min(1),
});
export type CourseFile = z.infer<typeof courseFileSchema>;

/** Frontmatter of content/courses/<course>/lessons/<lesson>.mdx */
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(10),
  minutes: z.number().int().min(1).max(240),
  objectives: z.array(slug).min(1),
});

export const glossaryFileSchema = z.strictObject({
  terms: z.array(z.strictObject({ id: slug, term: z.string().min(1), definition: z.string().min(10) })),
});
export type GlossaryTerm = z.infer<typeof glossaryFileSchema>["terms"][number];

// Props of the MDX components a lesson may use; anything else is an unknown component.
const answerIndex = z.number().int().min(0);
export const componentPropSchemas = {
  Callout: z.strictObject({ type: z.enum(["note", "warning", "tip"]), title: z.string().min(1).optional() }),
  KnowledgeCheck: z
    .strictObject({
      id: z.string().regex(/^kc-[a-z0-9]+(?:-[a-z0-9]+)*$/u, "must look like kc-some-name"),
      objective: slug,
      question: z.string().min(5),
      options: z.array(z.string().min(1)).min(2).max(8),
      answer: z.union([answerIndex, z.array(answerIndex).min(1)]),
      multiple: z.literal(true).optional(),
      explanation: z.string().min(5),
    })
    .superRefine((check, ctx) => {
      const answers = Array.isArray(check.answer) ? check.answer : [check.answer];
      if (Array.isArray(check.answer) !== Boolean(check.multiple))
        ctx.addIssue({
          code: "custom",
          path: ["answer"],
          message: check.multiple
            ? "a multiple-choice check needs answer={[...]}"
            : "a single-choice check needs one index (add `multiple` for several)",
        });
      if (answers.some((a) => a >= check.options.length))
        ctx.addIssue({ code: "custom", path: ["answer"], message: `answer index out of range (${check.options.length} options)` });
      if (new Set(answers).size !== answers.length)
        ctx.addIssue({ code: "custom", path: ["answer"], message: "answer lists an index twice" });
    }),
  LabLink: z.strictObject({ lab: slug }),
  Figure: z.strictObject({
    src: z.string().regex(/^\/figures\/[\w./-]+$/u, "must be a file under /figures/"),
    alt: z.string().min(3),
    caption: z.string().optional(),
  }),
  Term: z.strictObject({ id: slug }),
  Steps: z.strictObject({}),
} as const;
export type ComponentName = keyof typeof componentPropSchemas;
export const COMPONENT_NAMES = Object.keys(componentPropSchemas) as ComponentName[];

/** Input of the knowledge-check action: the chosen option indexes. */
export const answerCheckSchema = z.strictObject({
  courseSlug: slug,
  checkId: z.string().max(100),
  answer: z.array(z.number().int().min(0).max(20)).min(1).max(20),
});

export const markLessonSchema = z.strictObject({ courseSlug: slug, lessonSlug: slug });

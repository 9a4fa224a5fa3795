import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, "must be kebab-case");

export const TIER_IDS = ["AUTHORIZED", "SILVER", "GOLD"] as const;

const tierRequirements = z.strictObject({
  certifiedProfessionals: z.number().int().min(0).max(1000),
  exams: z.array(slug).min(1),
  certifiedWithinYears: z.number().int().min(1).max(20),
  courseCompletions: z.strictObject({ course: slug, count: z.number().int().min(0).max(1000) }).optional(),
  labCompletions: z.strictObject({ lab: slug, count: z.number().int().min(0).max(1000) }).optional(),
});
export type TierRequirements = z.infer<typeof tierRequirements>;

export const tiersFile = z
  .strictObject({
    expiringWithinDays: z.number().int().min(1).max(730),
    tiers: z.array(
      z.strictObject({
        id: z.enum(TIER_IDS),
        title: z.string().min(1).max(40),
        summary: z.string().min(1).max(300),
        requirements: tierRequirements,
      }),
    ),
  })
  .superRefine((v, ctx) => {
    for (const id of TIER_IDS) {
      const count = v.tiers.filter((t) => t.id === id).length;
      if (count !== 1)
        ctx.addIssue({ code: "custom", path: ["tiers"], message: `tier ${id} must be defined exactly once (found ${count})` });
    }
  });
export type TiersFile = z.infer<typeof tiersFile>;

const practiceRef = z.string().regex(/^(module|lab):[a-z0-9]+(?:-[a-z0-9]+)*$/u, "must be module:<module-slug> or lab:<lab-slug>");
export const complianceFile = z.strictObject({
  course: slug,
  requirements: z
    .array(z.strictObject({ ref: z.string().min(1).max(80), name: z.string().min(1).max(200), practices: z.array(practiceRef).min(1) }))
    .min(1),
});
export type ComplianceFile = z.infer<typeof complianceFile>;

export const inviteTokenSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/u, "This invite link is not valid."),
});

export const decideJoinRequestSchema = z.object({
  requestId: z.string().min(1).max(40),
  decision: z.enum(["approve", "decline"]),
});
export const removeMemberSchema = z.object({ memberId: z.string().min(1).max(40) });

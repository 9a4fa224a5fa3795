import { z } from "zod";

// Read here rather than in src/server/env.ts: only the pruner needs them. Days, except the interval.
const days = (fallback: number) => z.coerce.number().int().min(1).max(36_500).default(fallback);
const schema = z.object({
  RETAIN_SIGN_IN_DAYS: days(30),
  RETAIN_AUDIT_DAYS: days(365),
  RETAIN_INVITE_DAYS: days(30),
  RETAIN_LAB_EVENTS_DAYS: days(30),
  PRUNE_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(360),
});
export type Retention = z.infer<typeof schema>;

export function retention(source: NodeJS.ProcessEnv = process.env): Retention {
  const result = schema.safeParse(source);
  if (!result.success)
    throw new Error(`Invalid environment:\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  return result.data;
}

const ago = (now: Date, n: number) => new Date(now.getTime() - n * 86_400_000);

/** The cut-off dates: anything older (or expired/finished before) goes. */
export function cutoffs(r: Retention, now = new Date()) {
  return {
    signIns: ago(now, r.RETAIN_SIGN_IN_DAYS),
    audit: ago(now, r.RETAIN_AUDIT_DAYS),
    invites: ago(now, r.RETAIN_INVITE_DAYS),
    labEvents: ago(now, r.RETAIN_LAB_EVENTS_DAYS),
    now,
  };
}
export type Cutoffs = ReturnType<typeof cutoffs>;

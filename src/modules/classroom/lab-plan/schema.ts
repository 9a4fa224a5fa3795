import { z } from "zod";

const id = z.string().trim().min(1).max(40);

/** The trainer's form: day, "HH:MM" after the day's start time, a duration and a lab. */
export const addLabPlanSchema = z.object({
  sessionId: id,
  day: z.coerce.number().int().min(1).max(10),
  offset: z
    .string()
    .trim()
    .regex(/^\d{1,2}:[0-5]\d$/u, "Enter hours:minutes after the day starts, e.g. 1:30.")
    .transform((v) => {
      const [h, m] = v.split(":").map(Number);
      return h * 60 + m;
    })
    .pipe(z.number().max(23 * 60 + 59, "A block starts within its day.")),
  durationMinutes: z.coerce.number().int().min(15, "At least 15 minutes.").max(600, "At most 10 hours."),
  labSlug: z.string().trim().min(1).max(80),
});

export const removeLabPlanSchema = z.object({ sessionId: id, planId: id });

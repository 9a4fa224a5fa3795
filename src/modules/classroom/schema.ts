import { z } from "zod";

const trimmed = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

export const scheduleSessionSchema = z
  .object({
    courseSlug: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/u, "Choose a course."),
    title: trimmed(120).min(1, "Enter a title."),
    trainerId: z.string().trim().min(1, "Choose a trainer.").max(40),
    mode: z.enum(["in_person", "virtual"], "Choose in person or virtual."),
    location: trimmed(200).optional().default(""),
    meetingUrl: trimmed(500).optional().default(""),
    // <input type="datetime-local"> value, interpreted as UTC (the page says so)
    startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u, "Enter the start date and time of day 1."),
    dayHours: z.coerce
      .number("Enter the hours per day.")
      .int("Whole hours only.")
      .min(1, "At least 1 hour a day.")
      .max(12, "At most 12 hours a day."),
    capacity: z.coerce
      .number("Enter the number of seats.")
      .int("Whole seats only.")
      .min(1, "At least 1 seat.")
      .max(500, "At most 500 seats."),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "in_person" && !v.location)
      ctx.addIssue({ code: "custom", path: ["location"], message: "Enter the address or room for an in-person session." });
    if (v.mode === "virtual" && !/^https:\/\/\S+$/u.test(v.meetingUrl))
      ctx.addIssue({ code: "custom", path: ["meetingUrl"], message: "Enter the https:// join link for a virtual session." });
  })
  .transform((v) => ({ ...v, startsAt: new Date(`${v.startsAt}:00Z`) }))
  .refine((v) => !Number.isNaN(v.startsAt.getTime()), { path: ["startsAt"], message: "Enter a valid date." });

export const sessionIdSchema = z.object({ sessionId: z.string().trim().min(1).max(40) });

export const attendanceSchema = z.object({
  sessionId: z.string().trim().min(1).max(40),
  userId: z.string().trim().min(1).max(40),
  day: z.coerce.number().int().min(1).max(10),
  present: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});

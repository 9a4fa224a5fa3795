import "server-only";
import { z } from "zod";
import { recordAudit } from "@/src/modules/audit/queries";
import { findAttempt } from "../queries";
import { createAppeal } from "./queries";

/** Days after the result during which a candidate may appeal an item. */
export const APPEAL_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

export const appealInput = z.object({
  attemptId: z.string().min(1).max(64),
  position: z.coerce.number().int().min(0).max(500),
  comment: z
    .string()
    .trim()
    .min(10, "Say in a sentence or two what is wrong with the question (at least 10 characters).")
    .max(2000, "Keep it under 2000 characters."),
});

/** A candidate appeals one item of their own graded attempt, once per item, within the window. */
export async function fileAppeal(userId: string, input: z.output<typeof appealInput>, now = new Date()) {
  const attempt = await findAttempt(input.attemptId);
  if (!attempt || attempt.userId !== userId) return { ok: false as const, message: "Attempt not found." };
  if (attempt.status === "in_progress" || !attempt.submittedAt)
    return { ok: false as const, message: "Appeals open once the attempt is graded." };
  if (now.getTime() - attempt.submittedAt.getTime() > APPEAL_WINDOW_DAYS * DAY_MS)
    return { ok: false as const, message: `Appeals close ${APPEAL_WINDOW_DAYS} days after the result.` };
  const entry = attempt.paper[input.position];
  if (!entry) return { ok: false as const, message: "No such question." };
  if (!entry.hash) return { ok: false as const, message: "This question was drawn before versions were recorded and cannot be appealed." };
  const created = await createAppeal({ attemptId: attempt.id, itemId: entry.itemId, itemHash: entry.hash, comment: input.comment });
  if (!created) return { ok: false as const, message: "You have already appealed this question." };
  await recordAudit({
    action: "exam.appeal_filed",
    actorId: userId,
    target: created.id,
    detail: { attempt: attempt.id, item: entry.itemId },
  });
  return { ok: true as const, message: "Appeal sent. A trainer will look at it; you will see the answer on your dashboard." };
}

import "server-only";
import { z } from "zod";
import type { IssueFn } from "../issue-attempt-certificate";
import { findAppeal, rejectAppeal } from "./queries";
import { regradeForVoids } from "./regrade-for-voids";

export const resolveInput = z.object({
  appealId: z.string().min(1).max(64),
  decision: z.enum(["accept", "reject"]),
  note: z.string().trim().max(2000).optional(),
});

/**
 * A trainer's decision. Accepting voids the item version for every attempt that drew it and regrades them
 * (appeal, void, regrades, audit and notifications in one transaction), then issues certificates to those
 * who now pass. Nobody resolves an appeal on their own attempt.
 */
export async function resolveAppeal(resolverId: string, input: z.output<typeof resolveInput>, issue?: IssueFn) {
  const appeal = await findAppeal(input.appealId);
  if (!appeal) return { ok: false as const, message: "Appeal not found." };
  if (appeal.attempt.userId === resolverId)
    return { ok: false as const, message: "Another trainer must decide an appeal on your own attempt." };
  if (appeal.status !== "pending") return { ok: false as const, message: "This appeal was already decided." };
  const note = input.note || null;
  const done =
    input.decision === "reject"
      ? await rejectAppeal(appeal.id, resolverId, note, appeal.attempt.userId)
      : await regradeForVoids(
          appeal.attempt.examSlug,
          { appealId: appeal.id, resolverId, note, hash: appeal.itemHash, itemId: appeal.itemId, appellantId: appeal.attempt.userId },
          undefined,
          issue,
        );
  if (!done) return { ok: false as const, message: "This appeal was already decided." };
  return {
    ok: true as const,
    message: input.decision === "accept" ? "Accepted: the question is void and results were recalculated." : "Rejected.",
  };
}

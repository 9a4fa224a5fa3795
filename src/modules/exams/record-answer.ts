import "server-only";
import { isPastDeadline } from "./attempt-deadline";
import { toItemAnswer } from "./grade-attempt";
import { finishAttempt } from "./finish-attempt";
import { findAttempt, saveResponse } from "./queries";

export type SaveResult = { ok: true; savedAt: string } | { ok: false; error: string; closed?: boolean };

/** Autosave of one answer/flag. The server clock decides: after the deadline nothing is accepted. */
export async function recordAnswer(
  userId: string,
  input: { attemptId: string; position: number; answer: number[] | null; flagged?: boolean },
  now = new Date(),
): Promise<SaveResult> {
  const attempt = await findAttempt(input.attemptId);
  if (!attempt || attempt.userId !== userId) return { ok: false, error: "Attempt not found." };
  if (attempt.status !== "in_progress") return { ok: false, error: "This attempt is closed.", closed: true };
  if (isPastDeadline(attempt.deadlineAt, now)) {
    await finishAttempt(attempt, "expired", now);
    return { ok: false, error: "Time is up: answers after the deadline are not accepted.", closed: true };
  }
  const entry = attempt.paper[input.position];
  if (!entry) return { ok: false, error: "No such question." };
  let answer: number[] | null;
  try {
    answer = toItemAnswer(entry, input.answer);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  await saveResponse(attempt.id, entry.itemId, {
    itemHash: entry.hash ?? null,
    answer,
    ...(input.flagged === undefined ? {} : { flagged: input.flagged }),
  });
  return { ok: true, savedAt: now.toISOString() };
}

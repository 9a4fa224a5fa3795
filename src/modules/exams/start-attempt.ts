import "server-only";
import { randomBytes } from "node:crypto";
import { standardForPaper } from "./standard-setting/pass-mark-for";
import { computeDeadline } from "./attempt-deadline";
import { drawExamItems } from "./draw-exam-items";
import { getExam } from "./get-exam";
import { loadEligibility } from "./load-eligibility";
import { saveDrawnVersions } from "./load-paper-items";
import { createAttempt, findAllowanceMinutes, listAttempts } from "./queries";

export type StartResult = { ok: true; attemptId: string } | { ok: false; reasons: string[] };

/** Starts (or resumes) an attempt: checks eligibility, draws the paper with a recorded seed. */
export async function startAttempt(userId: string, examSlug: string, now = new Date()): Promise<StartResult> {
  const loaded = await getExam(examSlug);
  if (!loaded) return { ok: false, reasons: ["This exam does not exist."] };
  const eligibility = await loadEligibility(userId, loaded.exam, now);
  if (eligibility.kind === "resume") return { ok: true, attemptId: eligibility.attemptId };
  if (eligibility.kind === "blocked") return { ok: false, reasons: eligibility.reasons };
  const earlier = await listAttempts(userId, examSlug);
  const itemsOf = (a: (typeof earlier)[number]) => a.paper.map((e) => e.itemId);
  const seen = new Set(earlier.flatMap(itemsOf));
  // Items the candidate read again in a review (stems, perhaps keys) are not drawn for them again.
  const reviewed = new Set(earlier.filter((a) => a.reviewedAt).flatMap(itemsOf));
  const seed = randomBytes(16).toString("hex");
  const paper = drawExamItems(loaded.exam, loaded.items, seed, seen, reviewed);
  const drawn = new Set(paper.map((e) => e.itemId));
  await saveDrawnVersions(
    examSlug,
    loaded.items.filter((i) => drawn.has(i.id)),
  );
  const deadlineAt = computeDeadline(now, loaded.exam.timeLimitMinutes, await findAllowanceMinutes(userId));
  const { id } = await createAttempt({
    userId,
    examSlug,
    examVersion: loaded.exam.version,
    seed,
    paper,
    standardVersion: await standardForPaper(examSlug, paper),
    startedAt: now,
    deadlineAt,
  });
  return { ok: true, attemptId: id };
}

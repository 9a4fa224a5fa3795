import "server-only";
import { endSession } from "@/src/modules/labs/end-lab-session";
import { findActiveSession } from "@/src/modules/labs/queries";
import type { LabSessionFacts } from "./grade-practical";

/**
 * The practical's labs die with the attempt (issue 16.1): once graded, a live lab would let the candidate go on
 * working at a graded task and would hold a lab slot. Only sessions started during the attempt (the graded
 * ones) are ended. An engine failure here leaves the grade standing; the reaper ends the lab at its own expiry.
 */
export async function endPracticalLabs(userId: string, graded: readonly LabSessionFacts[]): Promise<void> {
  const ids = new Set(graded.map((s) => s.sessionId));
  for (const slug of new Set(graded.map((s) => s.labSlug))) {
    const active = await findActiveSession(userId, slug);
    if (!active || !ids.has(active.id)) continue;
    await endSession(active.id, "destroyed").catch((error) =>
      console.error(`[exams] practical lab ${active.id}:`, error instanceof Error ? error.message : error),
    );
  }
}

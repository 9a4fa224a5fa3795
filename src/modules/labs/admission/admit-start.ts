import "server-only";
import { createSessionRow, sessionTimes } from "../create-session-row";
import { claimPooled, type LabSessionRow } from "../queries";
import type { Lab } from "../schema";
import { signalSession } from "../session-signals";
import { decideStart } from "./admission-policy";
import { admitWaiting, QUEUE_SIGNAL } from "./admit-waiting";
import { enqueue, findOwnActiveSession, findWaitingEntry, readStartState, setSessionClientIp, withAdmissionLock } from "./queries";
import { readAdmissionLimits } from "./read-admission-limits";
import { findClaimablePlanIds } from "../classroom-pool/find-claimable-plans";

type Admission =
  | { kind: "existing"; sessionId: string }
  | { kind: "pooled"; sessionId: string }
  | { kind: "created"; row: LabSessionRow }
  | { kind: "queued"; entryId: number }
  | { kind: "refused"; error: string };

/**
 * A start's admission, decided and applied under the admission lock, so concurrent starts (from any
 * process) cannot over-commit the cap or pass each other: its own running session, its place if it is
 * queued already (starting again never moves it), a pooled or new session, a new place at the back,
 * or a refusal when the learner or the address holds its share. `clientIp` null: the academy itself.
 * An attendee of a classroom block planned for this lab takes a lab reserved for the block first: its
 * capacity is held already, so it passes the queue.
 */
export async function admitStart(lab: Lab, userId: string, clientIp: string | null): Promise<Admission> {
  const limits = await readAdmissionLimits();
  const planIds = await findClaimablePlanIds(userId, lab.slug);
  const admission = await withAdmissionLock(async (tx): Promise<Admission> => {
    const own = await findOwnActiveSession(tx, userId, lab.slug);
    if (own) return { kind: "existing", sessionId: own.id };
    const queued = await findWaitingEntry(tx, userId, lab.slug);
    if (queued) return { kind: "queued", entryId: queued.id };
    const decision = decideStart(await readStartState(tx, userId, clientIp, lab.slug), limits);
    if (decision.kind === "refuse") {
      return decision.reason === "learner"
        ? { kind: "refused", error: `You already have ${limits.maxPerLearner} labs running or queued. Finish one before starting another.` }
        : { kind: "refused", error: `Your network already has ${limits.maxPerIp} labs running or queued. Try again when one ends.` };
    }
    const times = sessionTimes(lab);
    const planned = planIds.length ? await claimPooled(tx, { labSlug: lab.slug, userId, ...times, planIds }) : null;
    if (planned) {
      await setSessionClientIp(tx, planned.id, clientIp);
      return { kind: "pooled", sessionId: planned.id };
    }
    if (decision.kind === "admit" && decision.via === "pool") {
      const pooled = await claimPooled(tx, { labSlug: lab.slug, userId, ...times });
      if (pooled) {
        await setSessionClientIp(tx, pooled.id, clientIp);
        return { kind: "pooled", sessionId: pooled.id };
      }
    }
    if (decision.kind === "admit" && decision.via === "new") {
      const row = await createSessionRow(lab, userId, times);
      await setSessionClientIp(tx, row.id, clientIp);
      return { kind: "created", row };
    }
    return { kind: "queued", entryId: (await enqueue(tx, userId, lab.slug, clientIp)).id };
  });
  if (admission.kind === "queued") {
    signalSession(QUEUE_SIGNAL);
    // A slot may have freed since the last admission ran: it belongs to the head of the queue.
    void admitWaiting().catch((error) => console.error("[labs] admission:", error instanceof Error ? error.message : error));
  }
  return admission;
}

import "server-only";
import type { z } from "zod";
import type { FormState } from "@/src/server/action";
import { recordAudit } from "@/src/modules/audit/queries";
import { listLabs } from "@/src/modules/labs/catalog";
import { findSession } from "../queries";
import { addLabPlan, removeLabPlan } from "./queries";
import type { addLabPlanSchema, removeLabPlanSchema } from "./schema";

type Actor = { id: string; role: string };

/** This session's trainer or an admin; a cancelled session has no plan to change. */
async function ownSession(sessionId: string, user: Actor) {
  const session = await findSession(sessionId);
  if (!session || session.cancelledAt) return { error: "No such session, or it was cancelled." };
  if (user.role !== "ADMIN" && session.trainerId !== user.id) return { error: "Only this session's trainer can change its lab plan." };
  return { session };
}

export async function planLabBlock(input: z.output<typeof addLabPlanSchema>, user: Actor): Promise<FormState> {
  const own = await ownSession(input.sessionId, user);
  if (!own.session) return { ok: false, message: own.error };
  if (input.day > own.session.days) return { ok: false, errors: { day: `This session has ${own.session.days} days.` } };
  if (!(await listLabs()).some((lab) => lab.slug === input.labSlug)) return { ok: false, errors: { labSlug: "No such lab." } };
  const plan = {
    sessionId: input.sessionId,
    day: input.day,
    startMinute: input.offset,
    durationMinutes: input.durationMinutes,
    labSlug: input.labSlug,
  };
  const { id } = await addLabPlan(plan);
  await recordAudit({ action: "classroom.lab_planned", actorId: user.id, target: input.sessionId, detail: { planId: id, ...plan } });
  return { ok: true, message: "Lab block planned." };
}

/** Its unclaimed labs are drained at the pool's next tick (labs/classroom-pool). */
export async function unplanLabBlock({ sessionId, planId }: z.output<typeof removeLabPlanSchema>, user: Actor): Promise<FormState> {
  const own = await ownSession(sessionId, user);
  if (!own.session) return { ok: false, message: own.error };
  if (!(await removeLabPlan(sessionId, planId))) return { ok: false, message: "No such lab block." };
  await recordAudit({ action: "classroom.lab_unplanned", actorId: user.id, target: sessionId, detail: { planId } });
  return { ok: true, message: "Lab block removed." };
}

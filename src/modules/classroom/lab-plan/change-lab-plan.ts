import "server-only";
import type { z } from "zod";
import type { FormState } from "@/src/server/action";
import { listLabs } from "@/src/modules/labs/catalog";
import { addLabPlan, removeLabPlan } from "./queries";
import type { addLabPlanSchema, removeLabPlanSchema } from "./schema";

type Actor = { id: string };
type Session = { id: string; days: number };

/** `session`: the one the input names, which the action wrapper's runSessionPermission let this user change. */
export async function planLabBlock(input: z.output<typeof addLabPlanSchema>, user: Actor, session: Session): Promise<FormState> {
  if (input.day > session.days) return { ok: false, errors: { day: `This session has ${session.days} days.` } };
  if (!(await listLabs()).some((lab) => lab.slug === input.labSlug)) return { ok: false, errors: { labSlug: "No such lab." } };
  const plan = {
    sessionId: input.sessionId,
    day: input.day,
    startMinute: input.offset,
    durationMinutes: input.durationMinutes,
    labSlug: input.labSlug,
  };
  await addLabPlan(plan, user.id);
  return { ok: true, message: "Lab block planned." };
}

/** Its unclaimed labs are drained at the pool's next tick (labs/classroom-pool). */
export async function unplanLabBlock({ sessionId, planId }: z.output<typeof removeLabPlanSchema>, user: Actor): Promise<FormState> {
  if (!(await removeLabPlan(sessionId, planId, user.id))) return { ok: false, message: "No such lab block." };
  return { ok: true, message: "Lab block removed." };
}

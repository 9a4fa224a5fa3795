"use server";
import { revalidatePath } from "next/cache";
import { resourceFormAction, type FormState } from "@/src/server/action";
import { runSessionPermission } from "../session-permission";
import { planLabBlock, unplanLabBlock } from "./change-lab-plan";
import { addLabPlanSchema, removeLabPlanSchema } from "./schema";

const addHandler = resourceFormAction(["TRAINER"], addLabPlanSchema, runSessionPermission, async (input, user, session) => {
  const result = await planLabBlock(input, user, session);
  if (result.ok) revalidatePath(`/trainer/sessions/${input.sessionId}`);
  return result;
});
export async function addLabPlanAction(prev: FormState, formData: FormData) {
  return addHandler(prev, formData);
}

const removeHandler = resourceFormAction(["TRAINER"], removeLabPlanSchema, runSessionPermission, async (input, user) => {
  const result = await unplanLabBlock(input, user);
  if (result.ok) revalidatePath(`/trainer/sessions/${input.sessionId}`);
  return result;
});
export async function removeLabPlanAction(prev: FormState, formData: FormData) {
  return removeHandler(prev, formData);
}

"use server";
import { revalidatePath } from "next/cache";
import { userFormAction, type FormState } from "@/src/server/action";
import { planLabBlock, unplanLabBlock } from "./change-lab-plan";
import { addLabPlanSchema, removeLabPlanSchema } from "./schema";

const addHandler = userFormAction(["TRAINER"], addLabPlanSchema, async (input, user) => {
  const result = await planLabBlock(input, user);
  if (result.ok) revalidatePath(`/trainer/sessions/${input.sessionId}`);
  return result;
});
export async function addLabPlanAction(prev: FormState, formData: FormData) {
  return addHandler(prev, formData);
}

const removeHandler = userFormAction(["TRAINER"], removeLabPlanSchema, async (input, user) => {
  const result = await unplanLabBlock(input, user);
  if (result.ok) revalidatePath(`/trainer/sessions/${input.sessionId}`);
  return result;
});
export async function removeLabPlanAction(prev: FormState, formData: FormData) {
  return removeHandler(prev, formData);
}

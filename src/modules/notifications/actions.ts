"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userFormAction, type FormState } from "@/src/server/action";
import { dismissNotification } from "./queries";

const dismiss = userFormAction([], z.object({ id: z.string().min(1).max(40) }), async ({ id }, user) => {
  if (!(await dismissNotification(user.id, id))) return { ok: false, message: "Already dismissed." };
  revalidatePath("/dashboard");
});
export async function dismissNotificationAction(prev: FormState, formData: FormData) {
  return dismiss(prev, formData);
}

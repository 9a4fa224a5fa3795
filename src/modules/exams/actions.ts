"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction, userFormAction, type FormState } from "@/src/server/action";
import { recordAudit } from "@/src/modules/audit/queries";
import { allowanceSchema, saveAnswerSchema } from "./schema";
import { startAttempt } from "./start-attempt";
import { recordAnswer } from "./record-answer";
import { finishAttempt } from "./finish-attempt";
import { findAttempt, findUserByEmail, upsertAllowance } from "./queries";
import { appealInput, fileAppeal } from "./appeals/file-appeal";
import { resolveAppeal, resolveInput } from "./appeals/resolve-appeal";
import { adoptCut, examInput, rateItems, ratingsInput } from "./standard-setting/set-standard";

const slugInput = z.object({ examSlug: z.string().regex(/^[a-z0-9-]{1,100}$/u) });
const attemptInput = z.object({ attemptId: z.string().min(1).max(64) });

const start = userFormAction([], slugInput, async (input, user) => {
  const result = await startAttempt(user.id, input.examSlug);
  if (!result.ok) return { ok: false, message: result.reasons.join(" ") };
  redirect(`/exams/${input.examSlug}/attempts/${result.attemptId}`);
});
export async function startAttemptAction(prev: FormState, formData: FormData) {
  return start(prev, formData);
}

const save = userAction([], saveAnswerSchema, (input, user) => recordAnswer(user.id, input));
export async function saveAnswerAction(input: unknown) {
  return save(input);
}

const submit = userFormAction([], attemptInput, async (input, user) => {
  const attempt = await findAttempt(input.attemptId);
  if (!attempt || attempt.userId !== user.id) return { ok: false, message: "Attempt not found." };
  await finishAttempt(attempt, "submitted");
  redirect(`/exams/${attempt.examSlug}/attempts/${attempt.id}/result`);
});
export async function submitAttemptAction(prev: FormState, formData: FormData) {
  return submit(prev, formData);
}

const allowance = userFormAction(["ADMIN"], allowanceSchema, async (input, admin) => {
  const candidate = await findUserByEmail(input.email);
  if (!candidate) return { ok: false, errors: { email: "No account has this email." } };
  await upsertAllowance(candidate.id, input.extraMinutes, input.reason || null, admin.id);
  revalidatePath("/admin/candidates");
  await recordAudit({
    action: "exam.allowance_set",
    actorId: admin.id,
    target: candidate.id,
    detail: { extraMinutes: input.extraMinutes, reason: input.reason ?? null },
  });
  return { ok: true, message: `${candidate.name} now has ${input.extraMinutes} extra minutes on exams started from now on.` };
});
export async function setAllowanceAction(prev: FormState, formData: FormData) {
  return allowance(prev, formData);
}

const appeal = userFormAction([], appealInput, async (input, user) => {
  const result = await fileAppeal(user.id, input);
  if (result.ok) revalidatePath("/trainer/appeals");
  return result;
});
export async function fileAppealAction(prev: FormState, formData: FormData) {
  return appeal(prev, formData);
}

const resolve = userFormAction(["TRAINER"], resolveInput, async (input, trainer) => {
  const result = await resolveAppeal(trainer.id, input);
  revalidatePath("/trainer/appeals");
  return result;
});
export async function resolveAppealAction(prev: FormState, formData: FormData) {
  return resolve(prev, formData);
}

const rate = userFormAction(["TRAINER"], ratingsInput, async (input, trainer) => {
  const result = await rateItems(trainer.id, input);
  revalidatePath(`/trainer/standard-setting/${input.examSlug}`);
  return result;
});
export async function rateItemsAction(prev: FormState, formData: FormData) {
  return rate(prev, formData);
}

const adopt = userFormAction(["ADMIN"], examInput, async (input, admin) => {
  const result = await adoptCut(admin.id, input.examSlug);
  revalidatePath(`/trainer/standard-setting/${input.examSlug}`);
  return result;
});
export async function adoptCutAction(prev: FormState, formData: FormData) {
  return adopt(prev, formData);
}

import "server-only";
import { renderTemplate } from "./generate-variables";
import { type LabSessionRow } from "./queries";
import { listHintReveals, recordHintReveal } from "./queries/record-steps";
import type { Lab } from "./schema";

/** Hints come one at a time, in order; each reveal is recorded against the step. */
export async function revealNextHint(lab: Lab, session: Pick<LabSessionRow, "id" | "variables">, stepId: string) {
  const step = lab.steps.find((s) => s.id === stepId);
  if (!step) return { ok: false as const, status: 404, error: "No such step." };
  const shown = (await listHintReveals(session.id)).filter((r) => r.stepId === stepId).length;
  if (shown < step.hints.length) await recordHintReveal(session.id, stepId, shown);
  const count = Math.min(shown + 1, step.hints.length);
  return {
    ok: true as const,
    hints: revealedHints(lab, stepId, count, session.variables),
    remaining: step.hints.length - count,
  };
}

export function revealedHints(lab: Lab, stepId: string, count: number, vars: Record<string, string>): string[] {
  const step = lab.steps.find((s) => s.id === stepId);
  return (step?.hints ?? []).slice(0, count).map((h) => renderTemplate(h, vars));
}

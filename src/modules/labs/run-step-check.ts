import "server-only";
import { labConfig } from "./lab-config";
import { touchSession, type LabSessionRow } from "./queries";
import { recordCheck } from "./queries/record-steps";
import { labRuntime } from "./runtime";
import { CHECK_KINDS } from "./check-kinds";
import type { Lab } from "./schema";

/** Grades one step of a ready session and records the attempt. */
export async function runStepCheck(
  lab: Lab,
  session: Pick<LabSessionRow, "id" | "status" | "variables">,
  stepId: string,
  runtime = labRuntime(labConfig().owner),
) {
  const step = lab.steps.find((s) => s.id === stepId);
  if (!step) return { ok: false as const, status: 404, error: "No such step." };
  if (session.status === "provisioning")
    return { ok: false as const, status: 409, error: "The lab is still being set up. Check again when it says Ready." };
  if (session.status !== "ready") return { ok: false as const, status: 409, error: "The lab is not running." };
  const outcome = await CHECK_KINDS[step.check.kind]({
    runtime,
    lab,
    step,
    sessionId: session.id,
    variables: session.variables,
  });
  const result = await recordCheck(session.id, step.id, outcome.passed, outcome.feedback);
  await touchSession(session.id);
  return { ok: true as const, passed: outcome.passed, feedback: outcome.feedback, attempts: result.attempts, stepPassed: result.passed };
}

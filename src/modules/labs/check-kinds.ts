import type { LabRuntime } from "./runtime";
import { feedbackOf, runLabScript, scriptEnv } from "./run-script";
import { runGradedCheck } from "./run-graded-check";
import { GRADER_HOST, type Lab, type LabStep } from "./schema";

export type CheckOutcome = { passed: boolean; feedback: string };
type CheckContext = { runtime: LabRuntime; lab: Lab; step: LabStep; sessionId: string; variables: Record<string, string> };

// Check kinds in a lookup table (CTFd's FLAG_CLASSES): a new kind is one entry plus its schema literal.
export const CHECK_KINDS: Record<LabStep["check"]["kind"], (ctx: CheckContext) => Promise<CheckOutcome>> = {
  async script({ runtime, lab, step, sessionId, variables }) {
    const env = scriptEnv(lab, sessionId, variables, { LAB_STEP: step.id });
    const result =
      step.check.host === GRADER_HOST
        ? await runGradedCheck(runtime, lab, sessionId, step, env)
        : await runLabScript(runtime, lab, sessionId, step.check.host, step.check.script, {
            user: step.check.user,
            env,
            timeoutMs: step.check.timeoutSeconds * 1000,
          });
    const passed = result.exitCode === 0;
    const fallback = result.timedOut ? "The check timed out." : passed ? "Passed." : "Not yet.";
    return { passed, feedback: feedbackOf(result.stdout) || fallback };
  },
};

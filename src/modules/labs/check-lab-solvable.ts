import { randomBytes, randomInt } from "node:crypto";
import { generateVariables } from "./generate-variables";
import { prepareLab } from "./prepare-lab";
import { resolveHostSpecs } from "./resolve-hosts";
import { CHECK_KINDS } from "./check-kinds";
import { runLabScript, scriptEnv } from "./run-script";
import type { LabRuntime } from "./runtime";
import { DEFAULT_POOL, parsePool, subnetAt } from "./runtime/allocate-subnet";
import type { Lab } from "./schema";

type StepReport = {
  stepId: string;
  fresh: { passed: boolean; feedback: string };
  solved?: { passed: boolean; feedback: string; solveExit: number; solveOutput: string };
};
export type LabReport = { slug: string; ok: boolean; seconds: number; steps: StepReport[]; error?: string };

/**
 * Proves a lab in real containers: every check FAILS on the fresh lab, then each step's solve script
 * makes that step's check PASS (steps in order, as a learner would do them). Always destroys the lab.
 */
export async function checkLabSolvable(runtime: LabRuntime, lab: Lab, pool = DEFAULT_POOL): Promise<LabReport> {
  const started = Date.now();
  const sessionId = `labcheck${randomBytes(8).toString("hex")}`;
  const steps: StepReport[] = [];
  const report = (ok: boolean, error?: string): LabReport => ({ slug: lab.slug, ok, seconds: (Date.now() - started) / 1000, steps, error });
  try {
    const vars = generateVariables(lab.variables);
    const hosts = resolveHostSpecs(lab, vars);
    for (let attempt = 0; ; attempt++) {
      const { subnet } = subnetAt(pool, randomInt(parsePool(pool).size));
      try {
        await prepareLab(runtime, lab, { sessionId, subnet, expiresAt: new Date(Date.now() + 30 * 60_000), hosts }, vars, {
          progress: () => undefined,
        });
        break;
      } catch (error) {
        if (attempt >= 4 || !/overlap/iu.test(String(error))) throw error;
        await runtime.destroy(sessionId);
      }
    }
    const check = (step: Lab["steps"][number]) => CHECK_KINDS[step.check.kind]({ runtime, lab, step, sessionId, variables: vars });
    for (const step of lab.steps) steps.push({ stepId: step.id, fresh: await check(step) });
    const terminal = lab.hosts.find((h) => h.terminal)!;
    for (const [i, step] of lab.steps.entries()) {
      const solve = await runLabScript(runtime, lab, sessionId, terminal.name, step.solve, {
        env: scriptEnv(lab, sessionId, vars, { LAB_STEP: step.id }),
        timeoutMs: 120_000,
      });
      const outcome = await check(step);
      steps[i].solved = { ...outcome, solveExit: solve.exitCode, solveOutput: (solve.stderr || solve.stdout).trim().slice(-400) };
    }
    return report(steps.every((s) => !s.fresh.passed && s.solved?.passed));
  } catch (error) {
    return report(false, error instanceof Error ? error.message : String(error));
  } finally {
    await runtime.destroy(sessionId).catch(() => undefined);
  }
}

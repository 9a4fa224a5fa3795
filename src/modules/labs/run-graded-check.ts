import { randomBytes } from "node:crypto";
import path from "node:path";
import type { LabRuntime } from "./runtime";
import { homeOf } from "./runtime/image-profile";
import type { ExecResult } from "./runtime/lab-runtime";
import { runLabScript } from "./run-script";
import { GRADER_HOST, GRADER_IMAGE, type Lab, type LabStep } from "./schema";

/** What one check may collect from the learner, in total. */
const COLLECT_MAX_BYTES = 8 * 1024 * 1024;

/**
 * Runs a step's check in the session's grader. The learner files the step declares (`collect`) are copied
 * from the terminal host as data (Engine API archive endpoint) into a fresh folder that is the check's
 * HOME and working directory, so `$HOME/answer.txt` means the learner's ~/answer.txt. The check's
 * environment (expected values included) exists only in the grader, which the learner cannot reach.
 */
export async function runGradedCheck(
  runtime: LabRuntime,
  lab: Lab,
  sessionId: string,
  step: LabStep,
  env: Record<string, string>,
): Promise<ExecResult> {
  const grader = lab.images[GRADER_IMAGE];
  const terminal = lab.hosts.find((h) => h.terminal)!;
  const learner = lab.images[terminal.image];
  const runDir = `check-${randomBytes(6).toString("hex")}`;
  const home = path.posix.join(homeOf(grader.profile), runDir);
  const relative = (p: string) => path.posix.join(runDir, p.slice(2).replace(/\/+$/u, ""));
  // One PUT creates the run folder (even with nothing to collect) and fills it.
  await runtime.copyFiles(sessionId, terminal.name, GRADER_HOST, {
    sources: step.check.collect.map((p) => ({ source: path.posix.join(homeOf(learner.profile), p.slice(2)), as: relative(p) })),
    dest: homeOf(grader.profile),
    uid: grader.profile.uid ?? 65534,
    maxBytes: COLLECT_MAX_BYTES,
    root: runDir,
  });
  try {
    return await runLabScript(runtime, lab, sessionId, GRADER_HOST, step.check.script, {
      env: { ...env, HOME: home },
      workingDir: home,
      timeoutMs: step.check.timeoutSeconds * 1000,
    });
  } finally {
    await runtime
      .exec(sessionId, GRADER_HOST, { cmd: ["rm", "-rf", home], user: grader.profile.user, timeoutMs: 10_000 })
      .catch(() => undefined);
  }
}

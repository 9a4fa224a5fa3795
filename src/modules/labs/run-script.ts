import fs from "node:fs/promises";
import path from "node:path";
import type { LabRuntime } from "./runtime";
import type { ExecResult } from "./runtime/lab-runtime";
import { GRADER_HOST, GRADER_IMAGE, type Lab } from "./schema";

/** bash when the script asks for it in its shebang, sh otherwise. */
export function interpreterFor(script: string): string {
  const shebang = script.split("\n", 1)[0];
  return /^#!.*\bbash\b/u.test(shebang) ? "bash" : "sh";
}

/** The last non-empty stdout line: what a check tells the learner. */
export function feedbackOf(stdout: string): string {
  const lines = stdout
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? "").slice(0, 500);
}

/** Variables every lab script sees, besides the lab's own per-learner variables. */
export function scriptEnv(lab: Lab, sessionId: string, vars: Record<string, string>, extra: Record<string, string> = {}) {
  return { ...vars, LAB_SLUG: lab.slug, LAB_SESSION: sessionId, ...extra };
}

/** Runs one of the lab's script files inside a host, as that host's user unless told otherwise. */
export async function runLabScript(
  runtime: LabRuntime,
  lab: Lab,
  sessionId: string,
  host: string,
  file: string,
  options: { user?: string; env: Record<string, string>; timeoutMs?: number; workingDir?: string },
): Promise<ExecResult> {
  const script = await fs.readFile(path.join(lab.dir, file), "utf8");
  const image = host === GRADER_HOST ? GRADER_IMAGE : lab.hosts.find((h) => h.name === host)!.image;
  const user = options.user ?? lab.images[image].profile.user;
  return runtime.exec(sessionId, host, {
    cmd: [interpreterFor(script), "-c", script, file],
    user,
    env: options.env,
    timeoutMs: options.timeoutMs,
    workingDir: options.workingDir,
  });
}

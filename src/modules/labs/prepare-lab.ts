import type { LabRuntime } from "./runtime";
import type { HostSpec } from "./runtime/lab-runtime";
import { runLabScript, scriptEnv } from "./run-script";
import type { Lab } from "./schema";

const HEALTH_TIMEOUT_MS = 45_000;

/** Polls a host's health path from the terminal host (the network side) until it answers HTTP. */
async function waitHealthy(runtime: LabRuntime, sessionId: string, from: HostSpec, host: HostSpec) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  const url = `http://${host.name}${host.profile.healthPath}`;
  while (Date.now() < deadline) {
    const r = await runtime.exec(sessionId, from.name, { cmd: ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "2", url], user: from.profile.user, timeoutMs: 4000 });
    if (/^[1-5]\d\d$/u.test(r.stdout.trim())) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${host.name} did not become healthy within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/**
 * Provision + wait until every host with a health path answers + run setup.sh. Shared by learner sessions
 * and `npm run labs:check`, so the checker proves exactly what learners get.
 */
export async function prepareLab(
  runtime: LabRuntime,
  lab: Lab,
  spec: { sessionId: string; subnet: string; expiresAt: Date; hosts: HostSpec[] },
  vars: Record<string, string>,
  onProgress: (message: string, done: number, total: number) => void,
) {
  const healthy = spec.hosts.filter((h) => h.profile.healthPath);
  let base = 0;
  let total = 0;
  await runtime.provision({ ...spec, labSlug: lab.slug }, (e) => {
    base = e.done;
    total = e.total + healthy.length + 2;
    onProgress(e.message, e.done, total);
  });
  const terminal = spec.hosts.find((h) => h.profile.terminal) ?? spec.hosts[0];
  await Promise.all(
    healthy.map(async (h) => {
      await waitHealthy(runtime, spec.sessionId, terminal, h);
      onProgress(`${h.name} is up`, ++base, total);
    }),
  );
  if (lab.setup) {
    const result = await runLabScript(runtime, lab, spec.sessionId, lab.setup.host, lab.setup.script, { user: lab.setup.user, env: scriptEnv(lab, spec.sessionId, vars), timeoutMs: 60_000 });
    if (result.exitCode !== 0) throw new Error(`setup.sh failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(-300)}`);
  }
  onProgress("Lab set up", ++base, total);
  return { done: base, total };
}

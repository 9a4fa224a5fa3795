import type { LabRuntime } from "./runtime";
import type { HostSpec } from "./runtime/lab-runtime";
import { runLabScript, scriptEnv } from "./run-script";
import type { Lab } from "./schema";

const HEALTH_TIMEOUT_S = 45;

// One exec that polls every 50 ms until the host answers HTTP at all. Bash builtins only (/dev/tcp, read):
// an exec or a curl per poll would eat the terminal host's CPU quota just when the learner's shell starts.
const HEALTH_LOOP = `end=$((SECONDS + $3))
while [ "$SECONDS" -lt "$end" ]; do
  if { exec 3<>"/dev/tcp/$1/80"; } 2>/dev/null; then
    printf 'GET %s HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n' "$2" "$1" >&3
    IFS= read -r -t 2 status <&3 || status=
    exec 3<&-
    case "$status" in HTTP/*" "[1-5][0-9][0-9]*) exit 0 ;; esac
  fi
  sleep 0.05
done
exit 1`;

/** Waits until a host's health path answers on port 80, asked from the terminal host (the network side). */
async function waitHealthy(runtime: LabRuntime, sessionId: string, from: HostSpec, host: HostSpec) {
  const cmd = ["bash", "-c", HEALTH_LOOP, "wait-healthy", host.name, host.profile.healthPath!, String(HEALTH_TIMEOUT_S)];
  const r = await runtime.exec(sessionId, from.name, { cmd, user: from.profile.user, timeoutMs: (HEALTH_TIMEOUT_S + 5) * 1000 });
  if (r.exitCode !== 0) throw new Error(`${host.name} did not become healthy within ${HEALTH_TIMEOUT_S} s`);
}

export type PrepareEvents = {
  progress(message: string, done: number, total: number): void;
  /** The terminal host runs: a learner can have a shell while the other hosts boot and setup.sh runs. */
  terminal?(): void;
};

/**
 * Provision + wait until every host with a health path answers + run setup.sh. Shared by learner sessions
 * and `npm run labs:check`, so the checker proves exactly what learners get.
 */
export async function prepareLab(
  runtime: LabRuntime,
  lab: Lab,
  spec: { sessionId: string; subnet: string; expiresAt: Date; hosts: HostSpec[] },
  vars: Record<string, string>,
  events: PrepareEvents,
) {
  const healthy = spec.hosts.filter((h) => h.profile.healthPath);
  const terminal = spec.hosts.find((h) => h.profile.terminal) ?? spec.hosts[0];
  let base = 0;
  let total = 0;
  await runtime.provision({ ...spec, labSlug: lab.slug }, (e) => {
    base = e.done;
    total = e.total + healthy.length + 2;
    events.progress(e.message, e.done, total);
    if (e.started === terminal.name) events.terminal?.();
  });
  await Promise.all(
    healthy.map(async (h) => {
      await waitHealthy(runtime, spec.sessionId, terminal, h);
      events.progress(`${h.name} is up`, ++base, total);
    }),
  );
  if (lab.setup) {
    const result = await runLabScript(runtime, lab, spec.sessionId, lab.setup.host, lab.setup.script, {
      user: lab.setup.user,
      env: scriptEnv(lab, spec.sessionId, vars),
      timeoutMs: 60_000,
    });
    if (result.exitCode !== 0)
      throw new Error(`setup.sh failed (exit ${result.exitCode}): ${(result.stderr || result.stdout).trim().slice(-300)}`);
  }
  events.progress("Lab set up", ++base, total);
  return { done: base, total };
}

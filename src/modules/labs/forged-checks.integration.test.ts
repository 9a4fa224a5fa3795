import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_KINDS } from "./check-kinds";
import { generateVariables } from "./generate-variables";
import { loadLab } from "./load-lab";
import { prepareLab } from "./prepare-lab";
import { resolveHostSpecs } from "./resolve-hosts";
import { runLabScript, scriptEnv } from "./run-script";
import { createDockerLabRuntime } from "./runtime/docker-lab-runtime";
import { parsePool, subnetAt } from "./runtime/allocate-subnet";
import type { Lab } from "./schema";

// Issue 12's two attacks, replayed by a hostile candidate in the first-boot lab (real images, real engine).
// Each test also runs the same check the way the previous code did (inside the workstation, as the
// learner) as a control: there the forgery passes and the answers leak; through the grader it does not.
const runtime = createDockerLabRuntime(`forgery-${process.pid}-${Date.now()}`);
const sessionId = `forge${process.pid}${Date.now()}`;
let lab: Lab;
let vars: Record<string, string>;

const asLearner = (script: string, timeoutMs = 20_000) =>
  runtime.exec(sessionId, "workstation", { cmd: ["bash", "-c", script], user: "learner", timeoutMs });
const step = (id: string) => lab.steps.find((s) => s.id === id)!;
const graded = (id: string) => CHECK_KINDS.script({ runtime, lab, step: step(id), sessionId, variables: vars });
/** What the previous code did: the check script as the learner, inside the learner's workstation. */
const inWorkstation = (id: string) =>
  runLabScript(runtime, lab, sessionId, "workstation", step(id).check.script, {
    env: scriptEnv(lab, sessionId, vars, { LAB_STEP: id }),
    timeoutMs: 15_000,
  });

// A 20-line fake camera: every API call succeeds, the camera "needs no setup", the accounts exist.
const FAKE_CAMERA = (v: Record<string, string>) => `require("http").createServer((req, res) => {
  if (req.url.startsWith("/axis-cgi/systemready.cgi")) return res.end(JSON.stringify({ data: { needsetup: "no", systemready: "yes" } }));
  if (req.url.includes("pwdgrp.cgi")) return res.end('admin="${v.ADMIN_USER}"\\noperator="${v.ADMIN_USER},${v.OPERATOR_USER}"\\ndigusers="${v.ADMIN_USER},${v.OPERATOR_USER}"\\n');
  res.end("root.Brand.Brand=Cyberwall\\n");
}).listen(8080, "127.0.0.1");`;

beforeAll(async () => {
  const loaded = await loadLab("labs/first-boot");
  if (!loaded.lab) throw new Error(JSON.stringify(loaded.issues));
  lab = loaded.lab;
  vars = generateVariables(lab.variables);
  const pool = process.env.LAB_SUBNET_POOL || "10.213.0.0/16";
  const { subnet } = subnetAt(pool, randomInt(parsePool(pool).size));
  const hosts = resolveHostSpecs(lab, vars);
  await prepareLab(runtime, lab, { sessionId, subnet, expiresAt: new Date(Date.now() + 600_000), hosts }, vars, {
    progress: () => undefined,
  });
}, 180_000);
afterAll(() => runtime.destroy(sessionId));

describe("checks a candidate cannot forge", () => {
  it("a fake camera behind ~/.curlrc, HOSTALIASES, a PATH shim and LD_PRELOAD in the learner's rc files passes nothing", async () => {
    const setup = await asLearner(`set -e
cat > ~/fake.js <<'JS'
${FAKE_CAMERA(vars)}
JS
setsid nohup node ~/fake.js > /dev/null 2>&1 < /dev/null &
printf 'connect-to = "camera:80:127.0.0.1:8080"\\nconnect-to = "camera:443:127.0.0.1:8443"\\n' > ~/.curlrc
echo 'camera localhost' > ~/.hosts
mkdir -p ~/bin && printf '#!/bin/sh\\nexec /usr/bin/curl --connect-to camera:80:127.0.0.1:8080 "$@"\\n' > ~/bin/curl && chmod +x ~/bin/curl
for rc in ~/.bashrc ~/.profile ~/.bash_profile; do
  printf 'export HOSTALIASES=$HOME/.hosts PATH=$HOME/bin:$PATH LD_PRELOAD=$HOME/fake.so BASH_ENV=$HOME/.bashrc\\n' >> "$rc"
done
ln -sf /proc/self/environ ~/serial.txt
for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null && break; sleep 0.1; done
# From the learner's own shell the forgery is complete: "the camera" says it is set up.
curl -s http://camera/axis-cgi/systemready.cgi`);
    expect(setup.stdout).toContain('"needsetup":"no"');

    // Control (the previous code): the forged environment passes the check.
    expect((await inWorkstation("create-admin")).exitCode).toBe(0);

    for (const id of ["create-admin", "create-operator", "discover"]) {
      const outcome = await graded(id);
      expect(outcome.passed, `${id}: ${outcome.feedback}`).toBe(false);
    }
    expect((await graded("create-admin")).feedback).toBe("The camera still needs setup: no administrator exists yet.");
    expect((await graded("discover")).feedback).toBe("There is no ~/serial.txt yet."); // the symlink was dropped
    // The real camera, asked from the grader, still waits for its administrator.
    const real = await runtime.exec(sessionId, "grader", {
      cmd: ["curl", "-s", "http://camera/axis-cgi/systemready.cgi"],
      timeoutMs: 10_000,
    });
    expect(JSON.parse(real.stdout).data.needsetup).toBe("yes");

    // And the honest solution still passes through the grader.
    await asLearner("rm -f ~/.curlrc ~/serial.txt; pkill -f fake.js || true");
    for (const id of ["discover", "create-admin"]) {
      await runLabScript(runtime, lab, sessionId, "workstation", step(id).solve, {
        env: scriptEnv(lab, sessionId, vars),
        timeoutMs: 30_000,
      });
      expect((await graded(id)).passed, id).toBe(true);
    }
  }, 120_000);

  it("a loop over /proc/*/environ in the workstation during checks reads no expected value or password", async () => {
    const secrets = [vars.SERIAL, vars.ADMIN_PASS, vars.OPERATOR_PASS];
    const spy = `for _ in $(seq 1 1000000); do for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < "$f" 2>/dev/null; done; sleep 0.01; done > ~/leak.txt`;
    // The spy runs until it is stopped.
    const startSpy = () => asLearner(`rm -f ~/leak.txt; setsid nohup bash -c '${spy}' > /dev/null 2>&1 < /dev/null &`);
    const stopSpy = async () => {
      await asLearner("pkill -f 'seq 1 1000000' || true; sleep 0.2");
      return (await asLearner("cat ~/leak.txt")).stdout;
    };
    // Control: a process holding the previous code's check environment (a check waiting on a slow camera)
    // lives until the spy has read a secret from it, so the control cannot lose a race on a busy machine.
    const holder = runtime.exec(sessionId, "workstation", {
      cmd: ["sleep", "90"],
      user: "learner",
      env: scriptEnv(lab, sessionId, vars, { LAB_STEP: "create-operator" }),
      timeoutMs: 100_000,
    });
    await startSpy();
    for (let seen = "", end = Date.now() + 60_000; Date.now() < end && !secrets.some((s) => seen.includes(s));) {
      await new Promise((r) => setTimeout(r, 250));
      seen = (await asLearner("cat ~/leak.txt")).stdout;
    }
    await asLearner("pkill -U learner -xf 'sleep 90' || true");
    await holder;
    const leakedBefore = await stopSpy();
    expect(leakedBefore).toContain("HOME=/home/learner"); // the spy works: it reads environments it may read
    expect(secrets.some((s) => leakedBefore.includes(s))).toBe(true); // control: the previous code leaked them

    // Checks through the grader are short-lived, so give the spy many chances to catch one.
    await startSpy();
    for (let i = 0; i < 30; i++) await graded("create-operator");
    const leaked = await stopSpy();
    expect(leaked).toContain("HOME=/home/learner");
    for (const secret of secrets) expect(leaked).not.toContain(secret);
  }, 240_000);
});

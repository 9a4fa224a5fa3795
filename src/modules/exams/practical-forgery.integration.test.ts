import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { getLab } from "@/src/modules/labs/catalog";
import { labConfig } from "@/src/modules/labs/lab-config";
import { findSession } from "@/src/modules/labs/queries";
import { labRuntime } from "@/src/modules/labs/runtime";
import { runStepCheck } from "@/src/modules/labs/run-step-check";
import { startLabSession } from "@/src/modules/labs/start-lab-session";
import { finishAttempt } from "./finish-attempt";
import { findAttempt } from "./queries";
import { startAttempt } from "./start-attempt";

// Issue 12: during an exam attempt, the candidate forges the first-boot lab from their own shell (a fake
// camera on loopback behind ~/.curlrc) and presses Check; the practical part must still score 0 through
// the real grading path (runStepCheck -> LabStepResult -> finishAttempt -> gradePractical).
process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
process.env.LABS_DIR = "labs";
const runtime = () => labRuntime(labConfig().owner);

afterAll(async () => {
  for (const s of await db.labSession.findMany({ select: { id: true } })) await runtime().destroy(s.id);
});

const FORGE = `cat > ~/fake.js <<'JS'
require("http").createServer((q, r) => r.end(q.url.includes("systemready") ? '{"data":{"needsetup":"no"}}' : 'admin="x"\\n')).listen(8080, "127.0.0.1");
JS
setsid nohup node ~/fake.js >/dev/null 2>&1 </dev/null &
printf 'connect-to = "camera:80:127.0.0.1:8080"\\nconnect-to = "camera:443:127.0.0.1:8080"\\n' > ~/.curlrc
for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null && break; sleep 0.1; done
curl -s http://camera/axis-cgi/systemready.cgi`;

describe("exam practical", () => {
  it("cannot be passed with a forged environment in the workstation", async () => {
    const user = await db.user.create({ data: { name: "Forger", email: `forger-${Date.now()}@example.com` }, select: { id: true } });
    const attempt = await startAttempt(user.id, "open-exam");
    if (!attempt.ok) throw new Error(JSON.stringify(attempt));
    const started = await startLabSession(user.id, "first-boot");
    if (!started.ok) throw new Error(started.error);
    await started.provisioning;
    const session = (await findSession(started.sessionId))!;
    expect(session.status).toBe("ready");
    const vars = session.variables;
    // Make the fake answer with the work order's admin, as a well-prepared forger would.
    const forge = FORGE.replace('admin="x"', `admin="${vars.ADMIN_USER}"`);
    const shell = await runtime().exec(session.id, "workstation", { cmd: ["bash", "-c", forge], user: "learner", timeoutMs: 20_000 });
    expect(shell.stdout).toContain('"needsetup":"no"'); // the forgery fools everything in the workstation

    const lab = (await getLab("first-boot"))!;
    for (const step of ["create-admin", "https-only"]) {
      const r = await runStepCheck(lab, session, step, runtime());
      expect(r, step).toMatchObject({ ok: true, passed: false });
    }
    await finishAttempt((await findAttempt(attempt.attemptId))!, "submitted", new Date(Date.now() + 5000));
    const done = (await findAttempt(attempt.attemptId))!;
    expect(done.practical![0]).toMatchObject({ lab: "first-boot", earned: 0, stepsPassed: [] });
    // The practical's lab dies with the attempt: nothing is left to work on once it is graded.
    expect((await findSession(session.id))!.status).toBe("destroyed");
    expect(await runtime().listLabelled()).not.toContainEqual(expect.objectContaining({ sessionId: session.id }));
  }, 240_000);
});

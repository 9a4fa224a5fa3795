import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { ensureFixtureImage } from "./runtime/build-fixture-image";
import { labRuntime } from "./runtime";
import { FIXTURE_LABS_DIR, labConfig } from "./lab-config";
import { getLab } from "./catalog";
import { startLabSession } from "./start-lab-session";
import { runStepCheck } from "./run-step-check";
import { revealNextHint } from "./reveal-hint";
import { endSession, extendSession } from "./end-lab-session";
import { findSession } from "./queries";
import { getLabProgressForUsers } from "./queries/report-progress";
import { reapSessions, reconcileSessions } from "./reap-sessions";
import { LOST_MESSAGE, sweepLostSessions } from "./sweep-lost-sessions";
import { dockerCall } from "./runtime/docker-engine";
import { runLabScript, scriptEnv } from "./run-script";

// The whole session lifecycle against real containers: provision, check, hint, extend, expire, reconcile.
process.env.LABS_DIR = FIXTURE_LABS_DIR;
process.env.LAB_MAX_PER_LEARNER = "2";
const runtime = () => labRuntime(labConfig().owner);
let userId: string;

/** Each test works with its own learner, so none depends on what an earlier one left behind. */
const newLearner = async (name: string) => (await db.user.create({ data: { name, email: `${name.toLowerCase()}@example.com` } })).id;

async function startReady(uid: string) {
  const started = await startLabSession(uid, "terminal-basics");
  if (!started.ok) throw new Error(started.error);
  await started.provisioning;
  return (await findSession(started.sessionId))!;
}

beforeAll(async () => {
  await ensureFixtureImage();
  userId = (await db.user.create({ data: { name: "Lab Learner", email: "lab@example.com" } })).id;
});
afterAll(async () => {
  for (const s of await db.labSession.findMany({ select: { id: true } })) await runtime().destroy(s.id);
});

describe("lab sessions", () => {
  it("provisions with progress, fails every check fresh, passes after the solution, records results", async () => {
    const lab = (await getLab("terminal-basics"))!;
    const session = await startReady(userId);
    expect(session.status).toBe("ready");
    const events = session.progress;
    expect(events.map((e) => e.message)).toEqual(expect.arrayContaining(["Created workstation", "Started server", "Lab set up", "Ready"]));
    expect(events.at(-1)).toMatchObject({ done: events.at(-1)!.total });
    const vars = session.variables;
    expect(vars.SERIAL).toMatch(/^ACCC8E[0-9A-F]{6}$/u);

    // Same lab again: the running session is returned, not a second one.
    const again = await startLabSession(userId, "terminal-basics");
    expect(again).toMatchObject({ ok: true, sessionId: session.id, reused: true });

    const fresh = await runStepCheck(lab, session, "write-note", runtime());
    expect(fresh).toMatchObject({ ok: true, passed: false, feedback: "There is no ~/notes.txt yet." });
    const hint1 = await revealNextHint(lab, session, "write-note");
    const hint2 = await revealNextHint(lab, session, "write-note");
    expect(hint1).toMatchObject({ ok: true, remaining: 1 });
    expect(hint2.ok && hint2.hints[1]).toContain(vars.SERIAL);

    await runLabScript(runtime(), lab, session.id, "workstation", "solve/01-write-note.sh", { env: scriptEnv(lab, session.id, vars) });
    const passed = await runStepCheck(lab, session, "write-note", runtime());
    expect(passed).toMatchObject({ ok: true, passed: true, feedback: `The serial ${vars.SERIAL} is in your notes.`, attempts: 2 });
    expect(await runStepCheck(lab, session, "protect-note", runtime())).toMatchObject({
      passed: false,
      feedback: "~/notes.txt is -rw-r--r--; others can still read it.",
    });

    const result = await db.labStepResult.findUnique({ where: { sessionId_stepId: { sessionId: session.id, stepId: "write-note" } } });
    expect(result).toMatchObject({ passed: true, attempts: 2, hintsUsed: 2 });
    expect(result!.firstAttemptAt).toBeInstanceOf(Date);
    expect(result!.passedAt).toBeInstanceOf(Date);
    const [progress] = await getLabProgressForUsers([userId]);
    expect(progress).toMatchObject({
      userId,
      labSlug: "terminal-basics",
      sessionId: session.id,
      status: "ready",
      stepsPassed: 1,
      stepsTotal: 2,
      hintsUsed: 2,
    });
  });

  it("extends up to the limit, and the reaper expires a session past its timer", async () => {
    const session = await startReady(await newLearner("Extender"));
    const first = await extendSession(session);
    expect(first.ok).toBe(true);
    const s2 = (await findSession(session.id))!;
    expect(s2.expiresAt.getTime()).toBeGreaterThan(session.expiresAt.getTime());
    await extendSession(s2);
    expect(await extendSession((await findSession(session.id))!)).toMatchObject({ ok: false, status: 409 });

    await db.labSession.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await reapSessions()).toBeGreaterThanOrEqual(1);
    expect(await findSession(session.id)).toMatchObject({ status: "expired", subnet: null });
    expect((await runtime().listLabelled()).find((l) => l.sessionId === session.id)).toBeUndefined();
  });

  it("caps concurrent labs per learner and expires idle sessions", async () => {
    const other = (await db.user.create({ data: { name: "Busy", email: "busy@example.com" } })).id;
    await db.labSession.createMany({
      data: [0, 1].map((i) => ({
        userId: other,
        labSlug: `other-${i}`,
        status: "ready",
        expiresAt: new Date(Date.now() + 60_000),
        hardExpiresAt: new Date(Date.now() + 60_000),
      })),
    });
    expect(await startLabSession(other, "terminal-basics")).toMatchObject({ ok: false, status: 429 });

    const session = await startReady(await newLearner("Idle"));
    await db.labSession.update({ where: { id: session.id }, data: { lastActivityAt: new Date(Date.now() - 31 * 60_000) } });
    await reapSessions();
    expect((await findSession(session.id))!.status).toBe("expired");
  });

  it("reconciles after a crash: orphaned containers go, sessions without containers end with a message", async () => {
    const kept = await startReady(await newLearner("Kept"));
    const orphan = await startReady((await db.user.create({ data: { name: "Gone", email: "gone@example.com" } })).id);
    // Simulate a crash that lost the orphan's row state, and a kept session whose containers vanished.
    await db.labSession.update({ where: { id: orphan.id }, data: { status: "destroyed" } });
    const lost = await startReady((await db.user.create({ data: { name: "Lost", email: "lost@example.com" } })).id);
    await runtime().destroy(lost.id);

    const result = await reconcileSessions();
    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(result.lost).toBeGreaterThanOrEqual(1);
    const labelled = (await runtime().listLabelled()).map((l) => l.sessionId);
    expect(labelled).toContain(kept.id);
    expect(labelled).not.toContain(orphan.id);
    expect(await findSession(lost.id)).toMatchObject({ status: "failed", error: LOST_MESSAGE, subnet: null });
    expect((await findSession(kept.id))!.status).toBe("ready");
    await endSession(kept.id, "destroyed");
    expect((await runtime().listLabelled()).map((l) => l.sessionId)).not.toContain(kept.id);
  });
});

describe("engine restarts", () => {
  it("a ready lab whose machines the engine stopped ends with a message, leaks nothing, and starts again", async () => {
    const uid = await newLearner("Restart");
    const session = await startReady(uid);
    // What a dockerd restart does to a lab (no restart policy): every container stops, none is removed.
    for (const id of (await runtime().listLabelled()).find((l) => l.sessionId === session.id)!.containers)
      await dockerCall({ path: `/containers/${id}/stop?`, method: "POST", options: { t: 0 } });
    expect(await sweepLostSessions()).toBe(1);
    expect(await findSession(session.id)).toMatchObject({ status: "failed", error: LOST_MESSAGE, subnet: null });
    expect((await runtime().listLabelled()).map((l) => l.sessionId)).not.toContain(session.id);
    expect(await sweepLostSessions()).toBe(0); // ended once
    const again = await startLabSession(uid, "terminal-basics");
    if (!again.ok) throw new Error(again.error);
    await again.provisioning;
    expect(again.sessionId).not.toBe(session.id);
    expect((await findSession(again.sessionId))!.status).toBe("ready");
    expect(await sweepLostSessions()).toBe(0); // running machines are left alone
    await endSession(again.sessionId, "destroyed");
  });
});

describe("concurrent starts", () => {
  it("two simultaneous starts of the same lab end with one session", async () => {
    const uid = (await db.user.create({ data: { name: "Twice", email: "twice@example.com" } })).id;
    const [a, b] = await Promise.all([startLabSession(uid, "terminal-basics"), startLabSession(uid, "terminal-basics")]);
    if (!a.ok || !b.ok) throw new Error("start failed");
    await Promise.all([a.provisioning, b.provisioning]);
    expect(a.sessionId).toBe(b.sessionId);
    expect(await db.labSession.count({ where: { userId: uid, status: { in: ["provisioning", "ready"] } } })).toBe(1);
    await endSession(a.sessionId, "destroyed");
  });
});

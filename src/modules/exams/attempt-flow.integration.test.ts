import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { startAttempt } from "./start-attempt";
import { recordAnswer } from "./record-answer";
import { finishAttempt, loadAttemptSettled } from "./finish-attempt";
import { findAttempt, markAttemptReviewed, upsertAllowance } from "./queries";
import { getExam } from "./get-exam";
import { checkCertificate, verifyJwt } from "@/src/modules/certificates/check-certificate";
import { revokeCertificate, listCertificatesForUsers } from "@/src/modules/certificates/queries";

process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
process.env.ISSUER_KEY_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "exam-it-")), "issuer-key.json");
process.env.AUTH_URL = "http://127.0.0.1:3999";

let n = 0;
const makeUser = () =>
  db.user.create({ data: { name: `Candidate ${++n}`, email: `cand${n}-${Date.now()}@example.com` }, select: { id: true } });

/** Answers every question on the paper correctly (display positions, as the browser would). */
async function answerAll(userId: string, attemptId: string, correct = true, now?: Date) {
  const attempt = (await findAttempt(attemptId))!;
  const exam = (await getExam("open-exam"))!;
  const paper = attempt.paper;
  for (const [position, entry] of paper.entries()) {
    const key = exam.itemsById.get(entry.itemId)!.key;
    const wanted = correct ? key : [key[0] === 0 ? 1 : 0];
    const r = await recordAnswer(
      userId,
      { attemptId, position, answer: wanted.map((i) => entry.order.indexOf(i)), flagged: position === 0 },
      now,
    );
    expect(r.ok).toBe(true);
  }
}

describe("attempt flow (real SQLite)", () => {
  beforeAll(async () => {
    expect(await getExam("open-exam")).not.toBeNull();
  });

  it("starts once (resume on restart), saves, submits, passes and issues a verifiable certificate", async () => {
    const user = await makeUser();
    const first = await startAttempt(user.id, "open-exam");
    const again = await startAttempt(user.id, "open-exam");
    expect(first.ok && again.ok && first.attemptId === again.attemptId).toBe(true);
    const attemptId = (first as { attemptId: string }).attemptId;
    await answerAll(user.id, attemptId);
    // A learner cannot write into someone else's attempt.
    const other = await makeUser();
    expect(await recordAnswer(other.id, { attemptId, position: 0, answer: [0] })).toMatchObject({ ok: false });

    // Practical: a lab session started during the attempt with one of two steps passed -> 2 of 4 points.
    const later = new Date(Date.now() + 1000);
    await db.labSession.create({
      data: {
        userId: user.id,
        labSlug: "first-boot",
        status: "ready",
        createdAt: later,
        expiresAt: new Date(Date.now() + 3_600_000),
        hardExpiresAt: new Date(Date.now() + 7_200_000),
        steps: {
          create: [
            { stepId: "create-admin", passed: true, passedAt: later },
            { stepId: "https-only", passed: false },
          ],
        },
      },
    });
    await finishAttempt((await findAttempt(attemptId))!, "submitted", new Date(Date.now() + 5000));
    const done = (await findAttempt(attemptId))!;
    expect(done).toMatchObject({ status: "submitted", passed: true, scorePercent: 75 });
    expect(done.practical![0]).toMatchObject({ earned: 2, stepsPassed: ["create-admin"] });
    expect(done.responses.filter((r) => r.correct)).toHaveLength(4);

    const [cert] = await listCertificatesForUsers([user.id]);
    expect(cert.validUntil.getUTCFullYear() - cert.issuedAt.getUTCFullYear()).toBe(3);
    expect((await checkCertificate(cert.id))!.status).toBe("valid");
    const row = await db.certificate.findUniqueOrThrow({ where: { id: cert.id } });
    expect((await verifyJwt(row.jwt)).status).toBe("valid");

    // Closed attempts refuse answers; grading twice is a no-op.
    expect(await recordAnswer(user.id, { attemptId, position: 0, answer: [0] })).toMatchObject({ ok: false, closed: true });
    await finishAttempt(done, "submitted");
    expect(await db.certificate.count({ where: { userId: user.id } })).toBe(1);

    // Tampering with the stored row is detected; revocation shows through the status list.
    await db.certificate.update({ where: { id: cert.id }, data: { holderName: "Someone Else" } });
    expect((await checkCertificate(cert.id))!.status).toBe("tampered");
    await db.certificate.update({ where: { id: cert.id }, data: { holderName: row.holderName } });
    expect(await revokeCertificate(cert.id, "Issued in error", user.id)).toBe(true);
    expect((await checkCertificate(cert.id))!.status).toBe("revoked");
    expect((await verifyJwt(row.jwt)).status).toBe("revoked");

    // Holding a certificate (even revoked later) -> the exam is not blocked by certification; but cooldown/attempts apply.
    // The candidate opened the review: the retake draws none of those items (the pool is 3x the draw).
    await markAttemptReviewed(attemptId);
    const retake = await startAttempt(user.id, "open-exam");
    expect(retake.ok).toBe(true);
    const reviewed = new Set(done.paper.map((e) => e.itemId));
    const drawn = (await findAttempt((retake as { attemptId: string }).attemptId))!.paper;
    expect(drawn.filter((e) => reviewed.has(e.itemId))).toEqual([]);
  });

  it("enforces the deadline on the server and grades an expired attempt with what was saved", async () => {
    const user = await makeUser();
    await upsertAllowance(user.id, 15, "test", user.id);
    const start = new Date();
    const started = await startAttempt(user.id, "open-exam", start);
    const attemptId = (started as { attemptId: string }).attemptId;
    const attempt = (await findAttempt(attemptId))!;
    expect(attempt.deadlineAt.getTime() - start.getTime()).toBe(45 * 60_000);
    await answerAll(user.id, attemptId, false);
    const late = new Date(attempt.deadlineAt.getTime() + 1);
    expect(await recordAnswer(user.id, { attemptId, position: 0, answer: [0] }, late)).toMatchObject({ ok: false, closed: true });
    const settled = (await loadAttemptSettled(attemptId, late))!;
    expect(settled).toMatchObject({ status: "expired", passed: false });
    expect(settled.submittedAt!.getTime()).toBe(attempt.deadlineAt.getTime());
    expect(await db.certificate.count({ where: { userId: user.id } })).toBe(0);
    // Failed: cooldown of 24 h applies before the second of two attempts.
    const retry = await startAttempt(user.id, "open-exam", new Date(late.getTime() + 60_000));
    expect(retry).toMatchObject({ ok: false });
  });

  it("refuses when prerequisites are not met", async () => {
    const user = await makeUser();
    const r = await startAttempt(user.id, "sample-exam");
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reasons.join(" ")).toMatch(/sample-course/u);
  });
});

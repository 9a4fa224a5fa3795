import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { sitOpenExam } from "@/tests/support/sit-open-exam";
import { findAttempt } from "../queries";
import { fileAppeal } from "./file-appeal";
import { resolveAppeal } from "./resolve-appeal";
import { regradeForVoids } from "./regrade-for-voids";

// Issue 16.2: appeals on the real database and the real issuer. open-exam: 4 items + 4 practical points,
// pass mark 70%. Practical in full and 1 item of 4 right: 5/8 = 62.5%, a fail; one wrong item voided: 5/7 = 71.4%.
process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
process.env.ISSUER_KEY_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "appeals-it-")), "issuer-key.json");
process.env.AUTH_URL = "http://127.0.0.1:3999";

let n = 0;
const person = async (role: "LEARNER" | "TRAINER" = "LEARNER") =>
  (await db.user.create({ data: { name: `P${++n}`, email: `appeal-${n}-${Date.now()}@example.com`, role } })).id;

/** A graded attempt with the practical in full and the items at `right` positions answered correctly. */
const graded = async (userId: string, right: (position: number) => boolean) => (await findAttempt(await sitOpenExam(userId, { right })))!;

describe("appeals", () => {
  it("an accepted appeal voids the item for everyone who drew it, regrades them, and issues a certificate to who now passes", async () => {
    const candidate = await person();
    const trainer = await person("TRAINER");
    const failed = await graded(candidate, (p) => p === 0);
    expect({ score: failed.scorePercent, passed: failed.passed }).toEqual({ score: 62.5, passed: false });
    // Another candidate with the same paper item version, answered right (7/8): their score moves too.
    const voidedHash = failed.paper[1].hash!;
    let other;
    for (let i = 0; i < 20 && !other?.paper.some((e) => e.hash === voidedHash); i++) other = await graded(await person(), () => true);
    expect(other!.paper.some((e) => e.hash === voidedHash)).toBe(true);

    const filed = await fileAppeal(candidate, { attemptId: failed.id, position: 1, comment: "Two of the options are both correct." });
    expect(filed.ok).toBe(true);
    const appeal = await db.examAppeal.findFirstOrThrow({ where: { attemptId: failed.id } });
    expect(await resolveAppeal(trainer, { appealId: appeal.id, decision: "accept", note: "Option wording was ambiguous." })).toMatchObject({
      ok: true,
    });

    const after = (await findAttempt(failed.id))!;
    expect({ score: after.scorePercent, passed: after.passed }).toEqual({ score: 71.4, passed: true });
    expect(Object.values(after.topicScores!).reduce((s, t) => s + t.total, 0)).toBe(3);
    expect(await db.certificate.count({ where: { attemptId: failed.id } })).toBe(1);
    expect((await findAttempt(other!.id))!.scorePercent).toBe(100); // 7 of 7: the void left numerator and denominator
    expect(await db.examItemVoid.count({ where: { hash: voidedHash } })).toBe(1);
    const notes = await db.notification.findMany({ where: { userId: candidate }, select: { kind: true, title: true } });
    expect(notes.map((x) => x.kind).sort()).toEqual(["exam_appeal", "exam_regrade"]);
    const audit = await db.auditLog.findMany({ where: { action: { startsWith: "exam." } }, select: { action: true, target: true } });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "exam.appeal_filed", target: appeal.id },
        { action: "exam.appeal_accepted", target: appeal.id },
        { action: "exam.attempt_regraded", target: failed.id },
        { action: "exam.attempt_regraded", target: other!.id },
      ]),
    );
    // The late check of an attempt that finished as the void landed regrades it again with the same voids.
    expect(await regradeForVoids("open-exam", undefined, [failed.id])).toBe(true);
    expect((await findAttempt(failed.id))!.scorePercent).toBe(71.4);
    // Decided once: a second accept changes nothing.
    expect(await resolveAppeal(trainer, { appealId: appeal.id, decision: "accept" })).toMatchObject({ ok: false });

    // An attempt graded after the void does not count the voided version either.
    let late;
    for (let i = 0; i < 20 && !late?.paper.some((e) => e.hash === voidedHash); i++) late = await graded(await person(), () => true);
    expect(Object.values(late!.topicScores!).reduce((s, t) => s + t.total, 0)).toBe(3);
  });

  it("refuses what a hostile candidate or trainer would try", async () => {
    const candidate = await person();
    const stranger = await person();
    const attempt = await graded(candidate, () => false);
    const comment = "This question is wrong, please void it.";
    // Someone else's attempt, a question not on the paper, too short a comment is refused by the schema in the action.
    expect(await fileAppeal(stranger, { attemptId: attempt.id, position: 0, comment })).toMatchObject({
      ok: false,
      message: "Attempt not found.",
    });
    expect(await fileAppeal(candidate, { attemptId: attempt.id, position: 99, comment })).toMatchObject({ ok: false });
    // After the window.
    const late = new Date(attempt.submittedAt!.getTime() + 15 * 86_400_000);
    expect(await fileAppeal(candidate, { attemptId: attempt.id, position: 0, comment }, late)).toMatchObject({ ok: false });
    // Once per question.
    expect((await fileAppeal(candidate, { attemptId: attempt.id, position: 0, comment })).ok).toBe(true);
    expect((await fileAppeal(candidate, { attemptId: attempt.id, position: 0, comment })).ok).toBe(false);
    const appeal = await db.examAppeal.findFirstOrThrow({ where: { attemptId: attempt.id } });
    // Nobody decides their own appeal; a rejection changes no grade.
    expect(await resolveAppeal(candidate, { appealId: appeal.id, decision: "accept" })).toMatchObject({ ok: false });
    expect(
      await resolveAppeal(await person("TRAINER"), { appealId: appeal.id, decision: "reject", note: "The key is right." }),
    ).toMatchObject({ ok: true });
    expect((await findAttempt(attempt.id))!.scorePercent).toBe(attempt.scorePercent);
    expect(await db.examItemVoid.count({ where: { appealId: appeal.id } })).toBe(0);
  });
});

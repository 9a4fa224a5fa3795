import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { issueCertificate } from "@/src/modules/certificates/issue-certificate";
import { startAttempt } from "./start-attempt";
import { recordAnswer } from "./record-answer";
import { finishAttempt } from "./finish-attempt";
import { findAttempt } from "./queries";
import { getExam } from "./get-exam";
import { issuePendingCertificates, type IssueFn } from "./issue-attempt-certificate";

process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
process.env.ISSUER_KEY_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "issue-it-")), "issuer-key.json");
process.env.AUTH_URL = "http://127.0.0.1:3999";

/** The real issuer behind a fault that fires on the first `failures` calls (a crash, a full disk, a key store down). */
function failingIssuer(failures: number): IssueFn & { calls: number } {
  const fn = Object.assign(
    async (...args: Parameters<IssueFn>) => {
      fn.calls++;
      if (fn.calls <= failures) throw new Error("injected: issuer unavailable");
      return issueCertificate(...args);
    },
    { calls: 0 },
  );
  return fn;
}

async function passedAttempt(issue: IssueFn) {
  const user = await db.user.create({ data: { name: "Retry Candidate", email: `retry-${Date.now()}-${Math.random()}@example.com` } });
  const started = await startAttempt(user.id, "open-exam");
  const attemptId = (started as { attemptId: string }).attemptId;
  const exam = (await getExam("open-exam"))!;
  const paper = (await findAttempt(attemptId))!.paper;
  for (const [position, entry] of paper.entries()) {
    const key = exam.itemsById.get(entry.itemId)!.key;
    await recordAnswer(user.id, { attemptId, position, answer: key.map((i) => entry.order.indexOf(i)) });
  }
  // The practical: both steps of the lab passed during the attempt.
  const later = new Date(Date.now() + 1000);
  await db.labSession.create({
    data: {
      userId: user.id,
      labSlug: "first-boot",
      status: "ready",
      createdAt: later,
      expiresAt: new Date(Date.now() + 3_600_000),
      hardExpiresAt: new Date(Date.now() + 7_200_000),
      steps: { create: ["create-admin", "https-only"].map((stepId) => ({ stepId, passed: true, passedAt: later })) },
    },
  });
  await finishAttempt((await findAttempt(attemptId))!, "submitted", new Date(Date.now() + 5000), issue);
  return { userId: user.id, attemptId };
}

describe("issuing after grading (real SQLite, injected issuer fault)", () => {
  it("keeps the grade when issuing fails once, and the sweep issues exactly one certificate", async () => {
    const issue = failingIssuer(1);
    const { userId, attemptId } = await passedAttempt(issue);
    expect(await findAttempt(attemptId)).toMatchObject({ status: "submitted", passed: true });
    expect(await db.certificate.count({ where: { userId } })).toBe(0);

    expect(await issuePendingCertificates(issue)).toEqual({ issued: 1, failed: 0 });
    expect(await db.certificate.count({ where: { userId, attemptId } })).toBe(1);
    // Idempotent: later sweeps (or a second process) find nothing left to do.
    expect(await issuePendingCertificates(issue)).toEqual({ issued: 0, failed: 0 });
    expect(issue.calls).toBe(2);
  });

  it("keeps retrying through repeated failures until it succeeds", async () => {
    const issue = failingIssuer(3);
    const { userId } = await passedAttempt(issue);
    expect(await issuePendingCertificates(issue)).toMatchObject({ failed: 1 });
    expect(await issuePendingCertificates(issue)).toMatchObject({ failed: 1 });
    expect(await issuePendingCertificates(issue)).toMatchObject({ issued: 1 });
    expect(await db.certificate.count({ where: { userId } })).toBe(1);
  });
});

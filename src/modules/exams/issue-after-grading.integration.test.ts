import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { sitOpenExam } from "@/tests/support/sit-open-exam";
import { issueCertificate } from "@/src/modules/certificates/issue-certificate";
import { findAttempt } from "./queries";
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
  return { userId: user.id, attemptId: await sitOpenExam(user.id, { issue }) };
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

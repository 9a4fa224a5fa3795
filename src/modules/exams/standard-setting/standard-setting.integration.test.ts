import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { sitOpenExam } from "@/tests/support/sit-open-exam";
import { getExam } from "../get-exam";
import { hashExamItem } from "../hash-exam-item";
import { findAttempt } from "../queries";
import { adoptCut, rateItems } from "./set-standard";

// Issue 16.2: modified Angoff on the real database. open-exam: 4 items drawn + 4 practical points, exam.yaml pass
// mark 70%. Two trainers rate every item 40% and 50%: item means .45, so an attempt's pass mark is
// (4 × .45 + 4 × .70) / 8 = 57.5%. One item right and the practical in full, 5/8 = 62.5%: a pass under the
// adopted standard, a fail under exam.yaml's 70% for an attempt started before it.
process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
process.env.ISSUER_KEY_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "angoff-it-")), "issuer-key.json");
process.env.AUTH_URL = "http://127.0.0.1:3999";

let n = 0;
const person = async (role: "LEARNER" | "TRAINER" | "ADMIN" = "LEARNER") =>
  (await db.user.create({ data: { name: `S${++n}`, email: `angoff-${n}-${Date.now()}@example.com`, role } })).id;
const fields = async (percent: number) =>
  (await getExam("open-exam"))!.items.map((item) => ({ itemHash: hashExamItem(item), value: String(percent) }));

describe("standard setting", () => {
  it("rates, refuses bad ratings, adopts a versioned cut, and grades attempts started after it against their paper's mark", async () => {
    const [t1, t2, admin] = [await person("TRAINER"), await person("TRAINER"), await person("ADMIN")];
    const before = await findAttempt(await sitOpenExam(await person(), { right: (p) => p === 0 }));

    expect(
      await rateItems(t1, { examSlug: "open-exam", ratings: [{ itemHash: (await fields(40))[0].itemHash, value: "100" }] }),
    ).toMatchObject({ ok: false });
    expect(await rateItems(t1, { examSlug: "open-exam", ratings: [{ itemHash: "forged", value: "40" }] })).toMatchObject({ ok: false });
    expect(await db.angoffRating.count()).toBe(0);
    expect(await rateItems(t1, { examSlug: "open-exam", ratings: await fields(40) })).toMatchObject({ ok: true });
    expect(await adoptCut(admin, "open-exam")).toEqual({ ok: false, message: "At least 2 raters are needed; 1 rated." });
    expect(await rateItems(t2, { examSlug: "open-exam", ratings: await fields(50) })).toMatchObject({ ok: true });
    expect(await adoptCut(admin, "open-exam")).toMatchObject({ ok: true, message: expect.stringContaining("version 1") });
    expect(await db.auditLog.count({ where: { action: "exam.cut_adopted", target: "open-exam" } })).toBe(1);

    const after = (await findAttempt(await sitOpenExam(await person(), { right: (p) => p === 0 })))!;
    expect(after).toMatchObject({ standardVersion: 1, passMarkPercent: 57.5, scorePercent: 62.5, passed: true });
    expect(before).toMatchObject({ standardVersion: null, passMarkPercent: 70, scorePercent: 62.5, passed: false });

    // A second adoption is the next version; attempts already started keep the one they started under.
    await rateItems(t2, { examSlug: "open-exam", ratings: await fields(90) });
    expect(await adoptCut(admin, "open-exam")).toMatchObject({ ok: true, message: expect.stringContaining("version 2") });
    expect((await findAttempt(after.id))!.standardVersion).toBe(1);
  });
});

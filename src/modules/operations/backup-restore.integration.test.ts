import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { create as createTar, extract } from "tar";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { sitOpenExam } from "@/tests/support/sit-open-exam";
import { createPrismaClient } from "@/src/server/db-client";
import { isPostgresUrl } from "@/src/server/db-postgres";
import { createDatabase, requirePgAdminUrl } from "@/tests/support/pg-databases";
import { authenticate } from "@/src/modules/accounts/authenticate";
import { hashPassword } from "@/src/modules/accounts/hash-password";
import { createUser } from "@/src/modules/accounts/queries";
import { startAttempt } from "@/src/modules/exams/start-attempt";
import { recordAnswer } from "@/src/modules/exams/record-answer";
import { currentEncodedStatusList } from "@/src/modules/certificates/check-certificate";
import { loadIssuerKeys, rsaKeyPath } from "@/src/modules/certificates/issuer-key";
import { issuerDid } from "@/src/modules/certificates/issuer-identity";
import { encodeStatusList } from "@/src/modules/certificates/status-list";
import { verificationKeys, verifyCredentialJwt } from "@/src/modules/certificates/verify-credential";
import { listCertificatesForUsers, revokeCertificate } from "@/src/modules/certificates/queries";

const run = promisify(execFile);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "backup-it-"));
process.env.EXAMS_ROOT = "src/modules/exams/fixtures";
process.env.ISSUER_KEY_PATH = path.join(work, "live", "issuer-key.json");
process.env.AUTH_URL = "http://127.0.0.1:3160";
const PASSWORD = "Backup-Every-Camera-42";
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const cli = (script: string, args: string[], env: Record<string, string> = {}) =>
  run("npx", ["tsx", script, ...args], { env: { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET, ...env }, timeout: 60_000 });
// On the PostgreSQL pass the backup is a pg_dump, restored into a new empty database on the same cluster.
const onPostgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

let n = 0;
const makeUser = async () => createUser({ name: `Op ${++n}`, email: `op${n}@example.com`, passwordHash: await hashPassword(PASSWORD) });

const passExam = (userId: string) => sitOpenExam(userId);

/** Lab step results, exam answers and sign-ins, each recorded once its write has committed. */
function startTraffic(users: { id: string; email: string }[]) {
  const committed = { steps: [] as string[], attempts: [] as string[], responses: [] as string[], signIns: [] as string[] };
  let stop = false;
  const loop = (async () => {
    for (let i = 0; !stop; i++) {
      const user = users[i % users.length];
      const session = await db.labSession.create({
        data: {
          userId: user.id,
          labSlug: "first-boot",
          status: "ready",
          expiresAt: new Date(Date.now() + 3.6e6),
          hardExpiresAt: new Date(Date.now() + 7.2e6),
        },
      });
      const step = await db.labStepResult.create({
        data: { sessionId: session.id, stepId: `step-${i}`, passed: i % 2 === 0, attempts: 1 },
      });
      committed.steps.push(step.id);
      const fresh = await db.user.create({ data: { name: `Candidate ${i}`, email: `cand${i}@example.com` } });
      const started = await startAttempt(fresh.id, "open-exam");
      if (started.ok) {
        committed.attempts.push(started.attemptId);
        if ((await recordAnswer(fresh.id, { attemptId: started.attemptId, position: 0, answer: [0] })).ok)
          committed.responses.push(started.attemptId);
      }
      await authenticate({ email: user.email, password: i % 3 ? PASSWORD : "wrong-password" }, `10.9.${i % 250}.1`);
      const last = await db.signInAttempt.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { id: true } });
      committed.signIns.push(last.id);
    }
  })();
  return { committed, stop: async () => ((stop = true), await loop) };
}

describe("backup and restore (the real database, the npm scripts)", () => {
  it("backs up while labs, exams and sign-ins write; the restore holds every committed row and every certificate verifies", async () => {
    const users = await Promise.all([makeUser(), makeUser(), makeUser()]);
    for (const u of users) await passExam(u.id);
    const certs = await listCertificatesForUsers(users.map((u) => u.id));
    expect(certs).toHaveLength(3);
    await revokeCertificate(certs[0].id, "Issued in error", users[0].id);
    const statusList = await currentEncodedStatusList();

    const traffic = startTraffic(users);
    while (traffic.committed.signIns.length < 5) await new Promise((r) => setTimeout(r, 20));
    const before = structuredClone(traffic.committed); // committed before the backup began
    const archive = path.join(work, "academy.tar.gz");
    await cli("scripts/backup.ts", [archive]);
    await traffic.stop();
    expect(traffic.committed.signIns.length).toBeGreaterThan(before.signIns.length); // writes went on during the backup
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600);

    const target = path.join(work, "restored");
    const restoredUrl = onPostgres
      ? await createDatabase(requirePgAdminUrl(), `restored_${process.pid}_${Date.now()}`)
      : `file:${path.join(target, "academy.db")}`;
    const { stdout } = await cli("scripts/restore.ts", [archive, target], { DATABASE_URL: restoredUrl });
    expect(stdout).toMatch(/Restored the backup/);
    for (const name of [...(onPostgres ? [] : ["academy.db"]), "issuer-key.json", "issuer-key-rs256.json", "auth-secret"])
      expect(fs.statSync(path.join(target, name)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(target, "issuer-key.json"))).toEqual(fs.readFileSync(process.env.ISSUER_KEY_PATH!));
    expect(fs.readFileSync(path.join(target, "issuer-key-rs256.json"))).toEqual(fs.readFileSync(rsaKeyPath(process.env.ISSUER_KEY_PATH!)));
    expect(fs.readFileSync(path.join(target, "auth-secret"), "utf8")).toBe(process.env.AUTH_SECRET);

    const restored = createPrismaClient(restoredUrl);
    try {
      const count = async (ids: string[], find: (ids: string[]) => Promise<number>) => expect(await find(ids)).toBe(new Set(ids).size);
      await count(before.steps, (ids) => restored.labStepResult.count({ where: { id: { in: ids } } }));
      await count(before.attempts, (ids) => restored.examAttempt.count({ where: { id: { in: ids } } }));
      await count(before.responses, (ids) => restored.examAttempt.count({ where: { id: { in: ids }, responses: { some: {} } } }));
      await count(before.signIns, (ids) => restored.signInAttempt.count({ where: { id: { in: ids } } }));
      // The snapshot is one moment: no row points at a row it does not hold (pg_restore's constraints check it).
      if (!onPostgres) expect(await restored.$queryRawUnsafe("PRAGMA foreign_key_check")).toEqual([]);

      const keys = verificationKeys(await loadIssuerKeys(path.join(target, "issuer-key.json")));
      const revoked = (await restored.certificate.findMany({ where: { revokedAt: { not: null } } })).map((c) => c.statusListIndex);
      const restoredList = encodeStatusList(revoked);
      expect(restoredList).toBe(statusList);
      const rows = await restored.certificate.findMany({ orderBy: { issuedAt: "asc" } });
      expect(rows.map((r) => r.id).sort()).toEqual(certs.map((c) => c.id).sort());
      for (const row of rows) {
        const result = await verifyCredentialJwt(row.jwt, { keys, expectedIssuer: issuerDid(), encodedStatusList: restoredList });
        expect(result.status).toBe(row.id === certs[0].id ? "revoked" : "valid");
      }
    } finally {
      await restored.$disconnect();
    }

    // Never over an existing installation: its files, or (PostgreSQL) a database with tables.
    await expect(cli("scripts/restore.ts", [archive, target], { DATABASE_URL: restoredUrl })).rejects.toMatchObject({
      stderr: expect.stringMatching(onPostgres ? /already holds issuer-key\.json/ : /already holds academy\.db/),
    });
    if (onPostgres)
      await expect(cli("scripts/restore.ts", [archive, path.join(work, "fresh")], { DATABASE_URL: restoredUrl })).rejects.toMatchObject({
        stderr: expect.stringMatching(/already has \d+ tables: restore into an empty database/),
      });
  }, 120_000);

  it("refuses a damaged archive and never writes outside the target folder", async () => {
    await makeUser();
    await loadIssuerKeys();
    const archive = path.join(work, "good.tar.gz");
    await cli("scripts/backup.ts", [archive]);
    const unpacked = path.join(work, "unpacked");
    fs.mkdirSync(unpacked);
    await extract({ file: archive, cwd: unpacked });
    fs.appendFileSync(path.join(unpacked, "auth-secret"), "x");
    const damaged = path.join(work, "damaged.tar.gz");
    await createTar({ gzip: true, file: damaged, cwd: unpacked }, fs.readdirSync(unpacked));
    await expect(cli("scripts/restore.ts", [damaged, path.join(work, "r1")])).rejects.toMatchObject({
      stderr: expect.stringMatching(/auth-secret .* damaged/),
    });
    expect(fs.existsSync(path.join(work, "r1", "academy.db"))).toBe(false);

    // A hostile archive: an entry climbing out of the target and a symlink; neither is written.
    fs.writeFileSync(path.join(work, "escape.txt"), "outside");
    fs.rmSync(path.join(unpacked, "auth-secret"));
    fs.symlinkSync("/etc/passwd", path.join(unpacked, "auth-secret"));
    const hostile = path.join(work, "hostile.tar.gz");
    await createTar({ gzip: true, file: hostile, cwd: unpacked, preservePaths: true }, [...fs.readdirSync(unpacked), "../escape.txt"]);
    fs.rmSync(path.join(work, "escape.txt"));
    await expect(cli("scripts/restore.ts", [hostile, path.join(work, "r2", "data")])).rejects.toMatchObject({
      stderr: expect.stringMatching(/auth-secret .* missing or damaged/),
    });
    expect(fs.existsSync(path.join(work, "escape.txt"))).toBe(false);
    expect(fs.existsSync(path.join(work, "r2", "data"))).toBe(false);
  }, 60_000);
});

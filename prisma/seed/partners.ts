// Demo data for partners and classroom: staff with signed certificates (one expiring soon) in both
// demo organisations, a manager for CONTOSO, a pending join request for CONTOSO, and classroom sessions (upcoming, and one attended).
// Idempotent: fixed ids and upserts.
import { randomInt, randomUUID } from "node:crypto";
import path from "node:path";
import type { Db } from "../../src/server/db-client";
import { hashPassword } from "../../src/modules/accounts/hash-password";
import { loadExamDir } from "../../src/modules/exams/load-exam";
import { buildOpenBadgeCredential, hashAttemptSummary, wholeSeconds } from "../../src/modules/certificates/build-credential";
import { publicBaseUrl, verifyUrl } from "../../src/modules/certificates/issuer-identity";
import { loadIssuerKeys } from "../../src/modules/certificates/issuer-key";
import { signCredential } from "../../src/modules/certificates/sign-credential";
import { STATUS_LIST_LENGTH } from "../../src/modules/certificates/status-list";
import { completeExamPrerequisites } from "./exams";

const EXAM_DIR = "content/exams/certified-professional-camera-cybersecurity";
const DAY = 86_400_000;

const PARTNER_DEMO_STAFF = [
  { email: "nils@northwind.test", name: "Nils Nordin", org: "NORTHWIND", role: "LEARNER", certifiedDaysAgo: 400 },
  { email: "nora@northwind.test", name: "Nora Nyberg", org: "NORTHWIND", role: "LEARNER", certifiedDaysAgo: 3 * 365 - 45 }, // expires in ~45 days
  { email: "carl@contoso.test", name: "Carl Carlsson", org: "CONTOSO", role: "LEARNER", certifiedDaysAgo: 100 },
  { email: "manager@contoso.test", name: "Cora Contoso", org: "CONTOSO", role: "PARTNER_MANAGER", certifiedDaysAgo: null },
] as const;

async function seedCertificate(db: Db, user: { id: string; name: string; email: string }, issuedAtMs: Date) {
  const issuedAt = wholeSeconds(issuedAtMs);
  const attemptId = `seed-attempt-${user.id}`;
  if (await db.certificate.findUnique({ where: { attemptId }, select: { id: true } })) return;
  const { loaded } = await loadExamDir(path.resolve(EXAM_DIR));
  if (!loaded) return; // exam content missing or invalid: the content checker says why
  const exam = loaded.exam;
  const validUntil = new Date(issuedAt);
  validUntil.setUTCFullYear(validUntil.getUTCFullYear() + exam.validityYears);
  const id = randomUUID();
  const evidenceHash = hashAttemptSummary({ attemptId, holderId: user.id, examSlug: exam.slug, seeded: true });
  const keys = await loadIssuerKeys();
  for (let tries = 0; tries < 20; tries++) {
    const statusListIndex = randomInt(STATUS_LIST_LENGTH);
    if (await db.certificate.findUnique({ where: { statusListIndex }, select: { id: true } })) continue;
    const credential = buildOpenBadgeCredential(
      {
        id,
        holderId: user.id,
        holderName: user.name,
        holderEmail: user.email,
        examSlug: exam.slug,
        achievementTitle: exam.title,
        programme: exam.programme,
        criteria: `Pass the exam with at least ${exam.passMark}%.`,
        issuedAt,
        validUntil,
        statusListIndex,
        evidence: [
          {
            id: `${verifyUrl(id)}#evidence`,
            type: ["Evidence"],
            name: "Exam attempt summary",
            narrative: "Demo certificate created by the seed.",
            digestSRI: evidenceHash,
          },
        ],
      },
      publicBaseUrl(),
    );
    const jwt = await signCredential(credential, keys);
    await db.certificate.create({
      data: {
        id,
        userId: user.id,
        examSlug: exam.slug,
        achievementTitle: exam.title,
        holderName: user.name,
        attemptId,
        issuedAt,
        validUntil,
        statusListIndex,
        evidenceHash,
        jwt,
      },
    });
    return;
  }
}

/** Pat typed CONTOSO's code at sign-up: a pending request for its manager (left alone once decided). */
async function seedJoinRequest(db: Db, orgId: string | undefined, passwordHash: string) {
  if (!orgId) return;
  const pat = await db.user.upsert({
    where: { email: "pat@applicant.test" },
    create: { email: "pat@applicant.test", name: "Pat Applicant", passwordHash, emailVerified: new Date() },
    update: {},
    select: { id: true },
  });
  if (await db.partnerJoinRequest.findFirst({ where: { userId: pat.id, organizationId: orgId }, select: { id: true } })) return;
  await db.partnerJoinRequest.create({ data: { userId: pat.id, organizationId: orgId, pendingKey: `${pat.id}:${orgId}` } });
}

export async function seedPartners(db: Db, now = new Date()) {
  const orgs = new Map((await db.organization.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]));
  const passwordHash = await hashPassword("Harden-Every-Camera-42");
  for (const s of PARTNER_DEMO_STAFF) {
    const data = { name: s.name, role: s.role, organizationId: orgs.get(s.org) ?? null };
    const user = await db.user.upsert({
      where: { email: s.email },
      create: { email: s.email, passwordHash, emailVerified: new Date(), ...data },
      update: data,
      select: { id: true, name: true, email: true },
    });
    if (s.certifiedDaysAgo === null) continue;
    await seedCertificate(db, user, new Date(now.getTime() - s.certifiedDaysAgo * DAY));
    // Certified staff have finished the course (SILVER counts course completions).
    if (!(await db.lessonProgress.findFirst({ where: { userId: user.id }, select: { id: true } })))
      await completeExamPrerequisites(db, s.email);
  }

  await seedJoinRequest(db, orgs.get("CONTOSO"), passwordHash);

  const trainer = await db.user.findUnique({ where: { email: "trainer@academy.test" }, select: { id: true } });
  if (!trainer) return;
  const at8 = (days: number) => {
    const d = new Date(now.getTime() + days * DAY);
    d.setUTCHours(8, 0, 0, 0);
    return d;
  };
  const sessions = [
    {
      id: "seed-classroom-malmo",
      title: "Cybersecurity for installers — Malmö",
      mode: "in_person" as const,
      location: "Cyberwall Training Centre, Room 2, Storgatan 12, Malmö",
      meetingUrl: null,
      startsAt: at8(14),
      capacity: 12,
    },
    {
      id: "seed-classroom-online",
      title: "Cybersecurity for installers — online",
      mode: "virtual" as const,
      location: null,
      meetingUrl: "https://meet.cyberwall.example/installers",
      startsAt: at8(30),
      capacity: 2,
    },
    {
      id: "seed-classroom-past",
      title: "Cybersecurity for installers — Lund",
      mode: "in_person" as const,
      location: "Lund office",
      meetingUrl: null,
      startsAt: at8(-10),
      capacity: 8,
    },
  ];
  for (const s of sessions) {
    const data = { ...s, courseSlug: "cybersecurity-for-installers", trainerId: trainer.id, days: 2, dayMinutes: 480 };
    await db.classroomSession.upsert({ where: { id: s.id }, create: data, update: data });
  }
  // Nils attended both days of the past session (so hasAttendedClassroom is true for him).
  const nils = await db.user.findUnique({ where: { email: "nils@northwind.test" }, select: { id: true } });
  if (nils) {
    await db.classroomEnrolment.upsert({
      where: { sessionId_userId: { sessionId: "seed-classroom-past", userId: nils.id } },
      create: { sessionId: "seed-classroom-past", userId: nils.id, status: "enrolled", seat: 1 },
      update: {},
    });
    for (const day of [1, 2]) {
      await db.classroomAttendance.upsert({
        where: { sessionId_userId_day: { sessionId: "seed-classroom-past", userId: nils.id, day } },
        create: { sessionId: "seed-classroom-past", userId: nils.id, day, present: true, markedById: trainer.id },
        update: {},
      });
    }
  }
}

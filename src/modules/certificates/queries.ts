import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@prisma/client";
import { db } from "@/src/server/db";
import { recordAudit } from "@/src/modules/audit/queries";
import { STATUS_LIST_LENGTH } from "./status-list";

const certificateSelect = {
  id: true,
  userId: true,
  examSlug: true,
  achievementTitle: true,
  holderName: true,
  attemptId: true,
  issuedAt: true,
  validUntil: true,
  statusListIndex: true,
  evidenceHash: true,
  evidenceTranscript: true,
  jwt: true,
  revokedAt: true,
  revocationReason: true,
} as const;

export type CertificateRow = NonNullable<Awaited<ReturnType<typeof findCertificate>>>;

export function findCertificate(id: string) {
  return db.certificate.findUnique({ where: { id }, select: certificateSelect });
}

export function findCertificateByAttempt(attemptId: string) {
  return db.certificate.findUnique({ where: { attemptId }, select: certificateSelect });
}

type NewCertificate = Omit<Prisma.CertificateUncheckedCreateInput, "statusListIndex" | "jwt">;

/**
 * Inserts a certificate at a random free status-list index (random positions keep the list from
 * revealing issuance order); `sign` receives the index because the signed credential names it.
 */
export async function createCertificate(data: NewCertificate, sign: (statusListIndex: number) => Promise<string>) {
  for (let tries = 0; tries < 20; tries++) {
    const statusListIndex = randomInt(STATUS_LIST_LENGTH);
    if (await db.certificate.findUnique({ where: { statusListIndex }, select: { id: true } })) continue;
    try {
      return await db.certificate.create({
        data: { ...data, statusListIndex, jwt: await sign(statusListIndex) },
        select: certificateSelect,
      });
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" && String(e.meta?.target).includes("statusListIndex"))
        continue;
      throw e;
    }
  }
  throw new Error("No free status list index found.");
}

export async function listRevokedIndexes(): Promise<number[]> {
  const rows = await db.certificate.findMany({ where: { revokedAt: { not: null } }, select: { statusListIndex: true } });
  return rows.map((r) => r.statusListIndex);
}

/** Revokes once; returns false if it was already revoked or does not exist. */
/** Revokes once and audits it in the same transaction; false when missing or already revoked. */
export async function revokeCertificate(id: string, reason: string, actorId: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.certificate.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: now, revocationReason: reason, revokedById: actorId },
    });
    if (count === 1) await recordAudit({ action: "certificate.revoked", actorId, target: id, detail: { reason } }, tx);
    return count === 1;
  });
}

/** Contract for the partners module: every certificate of these users, newest first. */
export function listCertificatesForUsers(userIds: string[]) {
  return db.certificate.findMany({
    where: { userId: { in: userIds } },
    orderBy: { issuedAt: "desc" },
    select: {
      id: true,
      userId: true,
      examSlug: true,
      achievementTitle: true,
      issuedAt: true,
      validUntil: true,
      revokedAt: true,
      revocationReason: true,
    },
  });
}

export function listAllCertificates(take = 500) {
  return db.certificate.findMany({
    orderBy: { issuedAt: "desc" },
    take,
    select: { ...certificateSelect, jwt: false, evidenceTranscript: false, user: { select: { email: true } } },
  });
}

/** The newest unrevoked certificate of a user for an exam (eligibility and renewal). */
export function findCurrentCertificate(userId: string, examSlug: string) {
  return db.certificate.findFirst({
    where: { userId, examSlug, revokedAt: null },
    orderBy: { validUntil: "desc" },
    select: { id: true, validUntil: true, issuedAt: true },
  });
}

/** Contract for notifications: unrevoked certificates lapsing in (now, until], with whether a later one renews them. */
export async function listCertificatesExpiringBefore(now: Date, until: Date) {
  const rows = await db.certificate.findMany({
    where: { revokedAt: null, validUntil: { gt: now, lte: until } },
    select: { id: true, userId: true, examSlug: true, achievementTitle: true, validUntil: true },
  });
  return Promise.all(
    rows.map(async (r) => ({
      ...r,
      renewedBy: await db.certificate.findFirst({
        where: { userId: r.userId, examSlug: r.examSlug, revokedAt: null, validUntil: { gt: r.validUntil } },
        select: { id: true },
      }),
    })),
  );
}

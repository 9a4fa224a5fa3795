import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/src/server/db";
import type { LabSessionFacts } from "./grade-practical";
import type { ResponseFact } from "./item-statistics";
import type { ChoiceFact } from "./analyse-distractors";
import { answerColumn, toAttempt } from "./attempt-columns";
import type { PaperEntry } from "./draw-exam-items";
import type { Answer, TopicScore } from "./grade-attempt";
import type { PracticalResult } from "./grade-practical";

const attemptSelect = {
  id: true,
  userId: true,
  examSlug: true,
  examVersion: true,
  seed: true,
  paper: true,
  startedAt: true,
  deadlineAt: true,
  submittedAt: true,
  status: true,
  scorePercent: true,
  passed: true,
  topicScores: true,
  practical: true,
  reviewedAt: true,
  standardVersion: true,
  passMarkPercent: true,
} as const;

export type AttemptRow = NonNullable<Awaited<ReturnType<typeof findAttempt>>>;

export async function findAttempt(id: string) {
  const row = await db.examAttempt.findUnique({
    where: { id },
    select: { ...attemptSelect, responses: { select: { itemId: true, itemHash: true, answer: true, flagged: true, correct: true } } },
  });
  return row && { ...toAttempt(row), responses: row.responses.map((r) => ({ ...r, answer: answerColumn.parse(r.answer) })) };
}

export async function listAttempts(userId: string, examSlug?: string) {
  const rows = await db.examAttempt.findMany({ where: { userId, examSlug }, orderBy: { startedAt: "asc" }, select: attemptSelect });
  return rows.map(toAttempt);
}

export function createAttempt(data: {
  userId: string;
  examSlug: string;
  examVersion: string;
  seed: string;
  paper: PaperEntry[];
  standardVersion: number | null;
  startedAt: Date;
  deadlineAt: Date;
}) {
  return db.examAttempt.create({ data: { ...data, status: "in_progress" }, select: { id: true } });
}

/** Only while the attempt is open: the caller has already checked the deadline on the server clock. */
export async function saveResponse(
  attemptId: string,
  itemId: string,
  data: { itemHash: string | null; answer?: Answer; flagged?: boolean },
) {
  // A Json column's SQL NULL is Prisma.DbNull; undefined leaves the saved answer as it is.
  const answer = data.answer === undefined ? undefined : (data.answer ?? Prisma.DbNull);
  await db.examResponse.upsert({
    where: { attemptId_itemId: { attemptId, itemId } },
    create: { attemptId, itemId, itemHash: data.itemHash, answer: answer ?? Prisma.DbNull, flagged: data.flagged ?? false },
    update: { ...data, answer },
  });
}

/** Conditional on the attempt still being open, so a double submit or a racing expiry grades once. */
export async function finalizeAttempt(
  attemptId: string,
  data: {
    status: "submitted" | "expired";
    submittedAt: Date;
    scorePercent: number;
    passed: boolean;
    topicScores: Record<string, TopicScore>;
    practical: PracticalResult[];
    passMarkPercent: number;
  },
  correctByItem: Record<string, boolean>,
  hashes: ReadonlyMap<string, string> = new Map(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.examAttempt.updateMany({ where: { id: attemptId, status: "in_progress" }, data });
    if (count === 0) return false;
    for (const [itemId, correct] of Object.entries(correctByItem)) {
      await tx.examResponse.upsert({
        where: { attemptId_itemId: { attemptId, itemId } },
        create: { attemptId, itemId, itemHash: hashes.get(itemId) ?? null, correct },
        update: { correct },
      });
    }
    return true;
  });
}

/** In-progress attempts whose deadline passed (graded lazily when someone looks, or by a sweep). */
export function listOverdueAttempts(now = new Date()) {
  return db.examAttempt.findMany({ where: { status: "in_progress", deadlineAt: { lte: now } }, select: { id: true } });
}

/** The exams of the candidate's attempts still open on the server clock (an overdue one is as good as submitted). */
export async function listOpenAttemptExams(userId: string, now = new Date()): Promise<string[]> {
  const rows = await db.examAttempt.findMany({
    where: { userId, status: "in_progress", deadlineAt: { gt: now } },
    select: { examSlug: true },
  });
  return rows.map((r) => r.examSlug);
}

export async function findAllowanceMinutes(userId: string): Promise<number> {
  const row = await db.examAllowance.findUnique({ where: { userId }, select: { extraMinutes: true } });
  return row?.extraMinutes ?? 0;
}

export function upsertAllowance(userId: string, extraMinutes: number, reason: string | null, grantedById: string) {
  return db.examAllowance.upsert({
    where: { userId },
    create: { userId, extraMinutes, reason, grantedById },
    update: { extraMinutes, reason, grantedById },
  });
}

export function listAllowances() {
  return db.examAllowance.findMany({
    orderBy: { updatedAt: "desc" },
    select: { extraMinutes: true, reason: true, updatedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

export function findUserByEmail(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
}

/** The candidate's lab sessions of the given labs, with step results (practical grading). */
export async function listLabSessionFacts(userId: string, labSlugs: string[], since: Date): Promise<LabSessionFacts[]> {
  if (labSlugs.length === 0) return [];
  const rows = await db.labSession.findMany({
    where: { userId, labSlug: { in: labSlugs }, OR: [{ createdAt: { gte: since } }, { claimedAt: { gte: since } }] },
    select: {
      id: true,
      labSlug: true,
      createdAt: true,
      claimedAt: true,
      steps: { select: { stepId: true, passed: true, passedAt: true } },
    },
  });
  // A warm-pool session was created before it was claimed: the claim is when the candidate started it.
  return rows.map((r) => ({ sessionId: r.id, labSlug: r.labSlug, createdAt: r.claimedAt ?? r.createdAt, steps: r.steps }));
}

/** Graded responses of finished attempts, for item statistics. */
export async function listResponseFacts(examSlug: string): Promise<ResponseFact[]> {
  const attempts = await db.examAttempt.findMany({
    where: { examSlug, status: { in: ["submitted", "expired"] } },
    select: { id: true, scorePercent: true, responses: { select: { itemId: true, correct: true } } },
  });
  return attempts.flatMap((a) =>
    a.responses.map((r) => ({ attemptId: a.id, itemId: r.itemId, correct: r.correct === true, attemptScore: a.scorePercent ?? 0 })),
  );
}

/** Passed attempts whose certificate was never issued (the issuer failed after grading). */
export async function listPassedAttemptsWithoutCertificate() {
  const passed = await db.examAttempt.findMany({ where: { passed: true, status: { in: ["submitted", "expired"] } }, select: { id: true } });
  const issued = await db.certificate.findMany({ where: { attemptId: { in: passed.map((a) => a.id) } }, select: { attemptId: true } });
  const done = new Set(issued.map((c) => c.attemptId));
  return passed.filter((a) => !done.has(a.id));
}

/** Stores item versions not stored yet (content-addressed: an existing hash is the same content). */
export async function createItemVersions(rows: { hash: string; examSlug: string; itemId: string; content: Prisma.InputJsonObject }[]) {
  const existing = await db.examItemVersion.findMany({ where: { hash: { in: rows.map((r) => r.hash) } }, select: { hash: true } });
  const have = new Set(existing.map((r) => r.hash));
  const missing = rows.filter((r) => !have.has(r.hash));
  if (missing.length === 0) return;
  try {
    await db.examItemVersion.createMany({ data: missing });
  } catch {
    // Another attempt stored the same version at the same moment: insert one by one, ignoring those.
    for (const row of missing) await db.examItemVersion.upsert({ where: { hash: row.hash }, create: row, update: {} });
  }
}

export function listItemVersions(hashes: string[]) {
  if (hashes.length === 0) return Promise.resolve([]);
  return db.examItemVersion.findMany({ where: { hash: { in: hashes } }, select: { hash: true, content: true } });
}

/** The exam's item versions voided on appeal (not scored in any attempt that drew them). */
export async function listVoidedHashes(examSlug: string): Promise<Set<string>> {
  return new Set((await db.examItemVoid.findMany({ where: { examSlug }, select: { hash: true } })).map((v) => v.hash));
}

/** The candidate opened the review of this attempt (first time only): its items count as exposed. */
export async function markAttemptReviewed(attemptId: string, now = new Date()) {
  await db.examAttempt.updateMany({ where: { id: attemptId, reviewedAt: null }, data: { reviewedAt: now } });
}

/** The options chosen in finished attempts, per item version, for distractor analysis. */
export async function listChoiceFacts(examSlug: string): Promise<ChoiceFact[]> {
  const attempts = await db.examAttempt.findMany({
    where: { examSlug, status: { in: ["submitted", "expired"] } },
    select: { id: true, scorePercent: true, responses: { select: { itemId: true, itemHash: true, answer: true } } },
  });
  return attempts.flatMap((a) =>
    a.responses.map((r) => ({
      attemptId: a.id,
      itemId: r.itemId,
      itemHash: r.itemHash,
      answer: answerColumn.parse(r.answer),
      attemptScore: a.scorePercent ?? 0,
    })),
  );
}

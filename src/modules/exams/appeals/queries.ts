import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/src/server/db";
import { lockForTransaction } from "@/src/server/db-lock";
import { recordAudit } from "@/src/modules/audit/queries";
import { answerColumn, toAttempt } from "../attempt-columns";
import type { TopicScore } from "../grade-attempt";

export async function createAppeal(data: { attemptId: string; itemId: string; itemHash: string; comment: string }) {
  try {
    return await db.examAppeal.create({ data, select: { id: true } });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return null; // one per item and attempt
    throw e;
  }
}

export function findAppeal(id: string) {
  return db.examAppeal.findUnique({ where: { id }, include: { attempt: { select: { userId: true, examSlug: true } } } });
}

export function listPendingAppeals() {
  return db.examAppeal.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    include: { attempt: { select: { examSlug: true, user: { select: { name: true, email: true } } } } },
  });
}

export function listAttemptAppeals(attemptId: string) {
  return db.examAppeal.findMany({ where: { attemptId }, select: { itemId: true, status: true, resolution: true } });
}

/** The exam's finished attempts with what a regrade needs. */
export async function listFinishedAttempts(examSlug: string, ids?: string[]) {
  const rows = await db.examAttempt.findMany({
    where: { examSlug, status: { in: ["submitted", "expired"] }, ...(ids ? { id: { in: ids } } : {}) },
    select: {
      id: true,
      userId: true,
      examSlug: true,
      paper: true,
      passed: true,
      scorePercent: true,
      standardVersion: true,
      topicScores: true,
      practical: true,
      responses: { select: { itemId: true, answer: true } },
    },
  });
  return rows.map((r) => ({ ...toAttempt(r), responses: r.responses.map((x) => ({ ...x, answer: answerColumn.parse(x.answer) })) }));
}

export type Regraded = {
  attemptId: string;
  userId: string;
  scorePercent: number;
  passed: boolean;
  topics: Record<string, TopicScore>;
  passMarkPercent: number;
};
export type Resolution = { appealId: string; resolverId: string; note: string | null; hash: string; itemId: string; appellantId: string };
export class StaleVoids extends Error {}

/** The appellant's one dashboard notice of the decision. */
const appealNotice = (appealId: string, userId: string, title: string, body: string) => ({
  key: `exam-appeal:${appealId}`,
  userId,
  kind: "exam_appeal" as const,
  title,
  body,
  href: "/dashboard",
});

/**
 * One transaction: the appeal accepted with its void (if any), every regraded attempt, their audit rows and
 * the candidates' notifications. The grades were computed with `voidsSeen`; if the exam's voids differ now
 * (another void committed meanwhile), it throws StaleVoids and nothing is written: compute again.
 */
export async function commitRegrades(examSlug: string, voidsSeen: readonly string[], regrades: Regraded[], accept?: Resolution) {
  return db.$transaction(async (tx) => {
    await lockForTransaction(tx, `exam-grading:${examSlug}`);
    if (accept) {
      const { count } = await tx.examAppeal.updateMany({
        where: { id: accept.appealId, status: "pending" },
        data: { status: "accepted", resolvedById: accept.resolverId, resolvedAt: new Date(), resolution: accept.note },
      });
      if (count === 0) return false; // resolved by someone else meanwhile
      await tx.examItemVoid.upsert({
        where: { hash: accept.hash },
        create: { hash: accept.hash, examSlug, itemId: accept.itemId, appealId: accept.appealId, voidedById: accept.resolverId },
        update: {},
      });
      await recordAudit(
        { action: "exam.appeal_accepted", actorId: accept.resolverId, target: accept.appealId, detail: { item: accept.itemId } },
        tx,
      );
      await tx.notification.create({
        data: appealNotice(
          accept.appealId,
          accept.appellantId,
          "Your appeal was accepted",
          `Question ${accept.itemId} no longer counts, for you and everyone who had it. Results were recalculated.`,
        ),
      });
    }
    const now = new Set((await tx.examItemVoid.findMany({ where: { examSlug }, select: { hash: true } })).map((v) => v.hash));
    if (now.size !== voidsSeen.length || voidsSeen.some((h) => !now.has(h))) throw new StaleVoids();
    for (const r of regrades) {
      await tx.examAttempt.update({
        where: { id: r.attemptId },
        data: { scorePercent: r.scorePercent, passed: r.passed, topicScores: r.topics, passMarkPercent: r.passMarkPercent },
      });
      await recordAudit(
        {
          action: "exam.attempt_regraded",
          actorId: accept?.resolverId ?? null,
          target: r.attemptId,
          detail: { scorePercent: r.scorePercent, passed: r.passed },
        },
        tx,
      );
      // One per attempt and set of voids (voids only grow). Upserted: an attempt that finished as a void landed
      // can be regraded twice with the same voids (by the accept's scan and by its own late check).
      const key = `exam-regrade:${r.attemptId}:${now.size}`;
      const note = {
        userId: r.userId,
        kind: "exam_regrade" as const,
        title: r.passed ? "Your exam result was recalculated: passed" : "Your exam result was recalculated",
        body: `After a question was withdrawn on appeal your score is ${r.scorePercent}%.`,
        href: "/dashboard",
      };
      await tx.notification.upsert({ where: { key }, create: { key, ...note }, update: note });
    }
    return true;
  });
}

export async function rejectAppeal(appealId: string, resolverId: string, note: string | null, appellantId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.examAppeal.updateMany({
      where: { id: appealId, status: "pending" },
      data: { status: "rejected", resolvedById: resolverId, resolvedAt: new Date(), resolution: note },
    });
    if (count === 0) return false;
    await recordAudit({ action: "exam.appeal_rejected", actorId: resolverId, target: appealId }, tx);
    await tx.notification.create({
      data: appealNotice(
        appealId,
        appellantId,
        "Your appeal was not accepted",
        note ? `The trainer's answer: ${note}` : "The question stands as it was graded.",
      ),
    });
    return true;
  });
}

import "server-only";
import { getExam } from "../get-exam";
import { issueOrDefer, type IssueFn } from "../issue-attempt-certificate";
import { loadPaperItems } from "../load-paper-items";
import { listVoidedHashes } from "../queries";
import { commitRegrades, listFinishedAttempts, StaleVoids, type Regraded, type Resolution } from "./queries";
import { regradeAttempt } from "./regrade-attempt";
import { passMarkFor } from "../standard-setting/pass-mark-for";

async function computeRegrades(examSlug: string, voids: ReadonlySet<string>, only?: string[]) {
  const loaded = await getExam(examSlug);
  if (!loaded) throw new Error(`Exam ${examSlug} is missing; cannot regrade.`);
  const drew = (await listFinishedAttempts(examSlug, only)).filter((a) => a.paper.some((e) => e.hash && voids.has(e.hash)));
  const regrades: (Regraded & { newlyPassed: boolean })[] = [];
  for (const a of drew) {
    const items = await loadPaperItems(a.paper, loaded.itemsById, voids);
    const answers = new Map(a.responses.map((r) => [r.itemId, r.answer]));
    const practical = a.practical ?? [];
    const passMarkPercent = await passMarkFor(
      a,
      loaded.exam.passMark,
      items,
      practical.reduce((s, p) => s + p.points, 0),
    );
    const grade = regradeAttempt({ paper: a.paper, answers, practical, passed: a.passed === true }, items, passMarkPercent);
    regrades.push({
      attemptId: a.id,
      userId: a.userId,
      scorePercent: grade.scorePercent,
      passed: grade.passed,
      topics: grade.topics,
      passMarkPercent,
      newlyPassed: grade.newlyPassed,
    });
  }
  return regrades;
}

/**
 * Regrades every finished attempt of the exam that drew a voided item version (only `only`, when given),
 * accepting the appeal in the same transaction; then issues the certificate of each attempt that now
 * passes. Computed outside the transaction and committed only if the exam's voids did not change
 * meanwhile (else computed again): two appeals accepted at once never lose one another's void.
 */
export async function regradeForVoids(examSlug: string, accept?: Resolution, only?: string[], issue?: IssueFn): Promise<boolean> {
  for (let round = 0; round < 5; round++) {
    const voids = await listVoidedHashes(examSlug);
    if (accept) voids.add(accept.hash);
    const regrades = await computeRegrades(examSlug, voids, only);
    try {
      if (!(await commitRegrades(examSlug, [...voids], regrades, accept))) return false;
    } catch (error) {
      if (error instanceof StaleVoids) continue;
      throw error;
    }
    for (const r of regrades.filter((x) => x.newlyPassed)) await issueOrDefer(r.attemptId, issue);
    return true;
  }
  throw new Error("Items of this exam kept being voided while regrading; try again.");
}

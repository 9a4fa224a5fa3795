import "server-only";
import { z } from "zod";
import { db } from "@/src/server/db";
import { recordAudit } from "@/src/modules/audit/queries";

const itemMeansColumn = z.record(z.string(), z.number());

/** A rater's judgements for some item versions of one exam (replacing their earlier ones of those versions). */
export async function saveRatings(examSlug: string, raterId: string, ratings: { itemId: string; itemHash: string; rating: number }[]) {
  await db.$transaction(
    ratings.map((r) =>
      db.angoffRating.upsert({
        where: { examSlug_raterId_itemHash: { examSlug, raterId, itemHash: r.itemHash } },
        create: { examSlug, raterId, ...r },
        update: { rating: r.rating },
      }),
    ),
  );
}

export function listRatings(examSlug: string) {
  return db.angoffRating.findMany({ where: { examSlug }, select: { raterId: true, itemId: true, itemHash: true, rating: true } });
}

/** The newest adopted standard of an exam (or one version of it). */
export async function findStandard(examSlug: string, version?: number) {
  const row = await db.standardSetting.findFirst({
    where: { examSlug, ...(version === undefined ? {} : { version }) },
    orderBy: { version: "desc" },
  });
  return row && { ...row, itemMeans: itemMeansColumn.parse(row.itemMeans) };
}

/** Adopts a computed cut as the exam's next version, audited in the same transaction. */
export async function adoptStandard(
  examSlug: string,
  adoptedById: string,
  cut: { panelCut: number; standardError: number; raters: number; itemMeans: Record<string, number> },
) {
  return db.$transaction(async (tx) => {
    const last = await tx.standardSetting.findFirst({ where: { examSlug }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    await tx.standardSetting.create({ data: { examSlug, version, adoptedById, ...cut } });
    await recordAudit(
      { action: "exam.cut_adopted", actorId: adoptedById, target: examSlug, detail: { version, panelCut: cut.panelCut } },
      tx,
    );
    return version;
  });
}

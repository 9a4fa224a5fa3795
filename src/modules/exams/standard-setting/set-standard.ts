import "server-only";
import { z } from "zod";
import { computeAngoffCut } from "../compute-angoff-cut";
import { getExam } from "../get-exam";
import { hashExamItem } from "../hash-exam-item";
import { adoptStandard, findStandard, listRatings, saveRatings } from "./queries";

const slug = z.string().regex(/^[a-z0-9-]{1,100}$/u);
export const examInput = z.object({ examSlug: slug });
// One field per item version, "r:<hash>" = percent (empty: not rated yet).
export const ratingsInput = z.looseObject({ examSlug: slug }).transform((v) => ({
  examSlug: v.examSlug,
  ratings: Object.entries(v).flatMap(([k, value]) =>
    k.startsWith("r:") && String(value).trim() ? [{ itemHash: k.slice(2), value: String(value) }] : [],
  ),
}));

/** The exam's current bank as item versions. */
async function bankOf(examSlug: string) {
  const loaded = await getExam(examSlug);
  return loaded && loaded.items.map((item) => ({ item, itemId: item.id, itemHash: hashExamItem(item) }));
}

/** A trainer's ratings, as whole percents 5..95 of current item versions. */
export async function rateItems(raterId: string, input: z.output<typeof ratingsInput>) {
  const bank = await bankOf(input.examSlug);
  if (!bank) return { ok: false as const, message: "This exam does not exist." };
  const byHash = new Map(bank.map((b) => [b.itemHash, b]));
  const rows = [];
  for (const r of input.ratings) {
    const b = byHash.get(r.itemHash);
    const percent = Number(r.value);
    if (!b) return { ok: false as const, message: "An item changed since this page was opened; reload it." };
    if (!Number.isInteger(percent) || percent < 5 || percent > 95)
      return { ok: false as const, message: `Rate ${b.itemId} as a whole percent from 5 to 95.` };
    rows.push({ itemId: b.itemId, itemHash: b.itemHash, rating: percent / 100 });
  }
  await saveRatings(input.examSlug, raterId, rows);
  return { ok: true as const, message: `Saved ${rows.length} ratings.` };
}

/** What the panel's ratings give now, the rater's own ratings, and the adopted standard. */
export async function describeStandard(examSlug: string, raterId: string) {
  const bank = await bankOf(examSlug);
  if (!bank) return null;
  const ratings = await listRatings(examSlug);
  const own = new Map(ratings.filter((r) => r.raterId === raterId).map((r) => [r.itemHash, r.rating]));
  return { bank, own, outcome: computeAngoffCut(bank, ratings), adopted: await findStandard(examSlug) };
}

/** Adopts the panel's cut as the exam's next standard version: attempts started from now on use it. */
export async function adoptCut(adminId: string, examSlug: string) {
  const described = await describeStandard(examSlug, adminId);
  if (!described) return { ok: false as const, message: "This exam does not exist." };
  if (!described.outcome.ok) return { ok: false as const, message: described.outcome.error };
  const { cut } = described.outcome;
  const version = await adoptStandard(examSlug, adminId, {
    panelCut: cut.panelCut,
    standardError: cut.standardError,
    raters: cut.raters,
    itemMeans: Object.fromEntries(cut.items.map((i) => [i.itemHash, i.mean])),
  });
  return { ok: true as const, message: `Standard version ${version} adopted: panel cut ${Math.round(cut.panelCut * 1000) / 10}%.` };
}

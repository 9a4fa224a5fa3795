import { requireUser } from "@/src/server/auth/guards";
import { listExams } from "@/src/modules/exams/get-exam";
import { listChoiceFacts, listResponseFacts } from "@/src/modules/exams/queries";
import { computeItemStatistics } from "@/src/modules/exams/item-statistics";
import { computeFormReliability } from "@/src/modules/exams/compute-form-reliability";
import { analyseDistractors } from "@/src/modules/exams/analyse-distractors";
import { hashExamItem } from "@/src/modules/exams/hash-exam-item";
import { DistractorList } from "./distractor-list";
import { settleOverdueAttempts } from "@/src/modules/exams/finish-attempt";

export const dynamic = "force-dynamic";
export const metadata = { title: "Item statistics" };

// Rules of thumb from classical test theory, shown so trainers know what to look at.
const flag = (facility: number, discrimination: number | null) =>
  facility > 0.9
    ? "very easy"
    : facility < 0.3
      ? "very hard"
      : discrimination !== null && discrimination < 0.2
        ? "weak discrimination"
        : "";

export default async function ItemStatisticsPage() {
  await requireUser("TRAINER");
  await settleOverdueAttempts();
  const exams = await listExams();
  const sections = await Promise.all(
    exams.map(async (e) => {
      const facts = await listResponseFacts(e.exam.slug);
      const choices = await listChoiceFacts(e.exam.slug);
      return {
        e,
        reliability: computeFormReliability(facts),
        stats: new Map(computeItemStatistics(facts).map((s) => [s.itemId, s])),
        distractors: new Map(e.items.map((i) => [i.id, analyseDistractors(i, hashExamItem(i), choices)])),
      };
    }),
  );
  return (
    <div className="space-y-6">
      <h1>Item statistics</h1>
      <p className="text-sm text-slate-600">
        Facility: share of candidates who answered correctly. Discrimination: point-biserial correlation between the item and the attempt
        score (below 0.2 suggests a flawed or ambiguous item). Form reliability: KR-20 over the attempts (0.7 or more is usual for a
        certification; each attempt's own drawn items). Options: the share of candidates choosing each option of the current item version
        and its correlation with the score. Graded attempts only.
      </p>
      {sections.map(({ e, stats, reliability, distractors }) => (
        <section key={e.exam.slug} className="card overflow-x-auto">
          <h2>{e.exam.title}</h2>
          <p className="text-sm" data-testid={`kr20-${e.exam.slug}`}>
            Form reliability (KR-20): {reliability.kr20 ?? "not enough data"} over {reliability.attempts} attempts of{" "}
            {reliability.itemsPerForm} items.
          </p>
          <table className="mt-2 w-full text-left text-sm" data-testid={`item-stats-${e.exam.slug}`}>
            <thead>
              <tr>
                <th className="py-1">Item</th>
                <th>Topic</th>
                <th>Type</th>
                <th>Difficulty</th>
                <th>Responses</th>
                <th>Facility</th>
                <th>Discrimination</th>
                <th>Note</th>
                <th>Options</th>
              </tr>
            </thead>
            <tbody>
              {e.items.map((item) => {
                const s = stats.get(item.id);
                return (
                  <tr key={item.id} className="border-t border-slate-100">
                    <td className="py-1 font-mono text-xs">
                      {item.id} v{item.version}
                    </td>
                    <td>{item.topic}</td>
                    <td>{item.type}</td>
                    <td>{item.difficulty}</td>
                    <td>{s?.responses ?? 0}</td>
                    <td>{s ? `${Math.round(s.facility * 100)}%` : "—"}</td>
                    <td>{s?.discrimination ?? "—"}</td>
                    <td>{s ? flag(s.facility, s.discrimination) : ""}</td>
                    <td>
                      <DistractorList options={distractors.get(item.id) ?? []} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

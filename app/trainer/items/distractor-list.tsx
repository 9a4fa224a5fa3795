import { noteDistractor, type OptionStatistic } from "@/src/modules/exams/analyse-distractors";

/** Per option of the current item version: share chosen, point-biserial, and what a trainer should look at. */
export function DistractorList({ options }: { options: OptionStatistic[] }) {
  if (options.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <details>
      <summary className="cursor-pointer">Options</summary>
      <ul className="mt-1 space-y-0.5 text-xs">
        {options.map((o) => (
          <li key={o.index}>
            {o.isKey ? "key" : "distractor"} {String.fromCharCode(65 + o.index)}: {Math.round(o.share * 100)}% chose it, r ={" "}
            {o.discrimination ?? "—"} <em className="text-amber-700">{noteDistractor(o)}</em>
          </li>
        ))}
      </ul>
    </details>
  );
}

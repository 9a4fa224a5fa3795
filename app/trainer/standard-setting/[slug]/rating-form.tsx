"use client";
import { useActionState } from "react";
import { rateItemsAction } from "@/src/modules/exams/actions";
import { SubmitButton } from "@/src/components/submit-button";

type Row = { itemId: string; itemHash: string; stem: string; own: number | null; flagged: boolean };

/** Every question of the bank with the trainer's own rating (percent), saved together. */
export function RatingForm({ examSlug, rows }: { examSlug: string; rows: Row[] }) {
  const [state, action] = useActionState(rateItemsAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="examSlug" value={examSlug} />
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th className="py-1">Question</th>
            <th>Minimally competent who get it right (%)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.itemHash} className="border-t border-slate-100" data-testid="rating-row">
              <td className="py-1 pr-3">
                <label htmlFor={`r-${r.itemHash}`}>
                  <span className="text-slate-500">{r.itemId}</span> {r.stem}
                </label>
                {r.flagged && <em className="ml-2 text-amber-700">raters disagree: discuss</em>}
              </td>
              <td>
                <input
                  id={`r-${r.itemHash}`}
                  name={`r:${r.itemHash}`}
                  type="number"
                  min={5}
                  max={95}
                  step={1}
                  defaultValue={r.own === null ? "" : Math.round(r.own * 100)}
                  className="w-24"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.message && (
        <p role={state.ok === false ? "alert" : "status"} className={state.ok === false ? "form-error" : "text-sm"}>
          {state.message}
        </p>
      )}
      <SubmitButton pendingText="Saving…">Save my ratings</SubmitButton>
    </form>
  );
}

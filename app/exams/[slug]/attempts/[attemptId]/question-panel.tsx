"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveAnswerAction } from "@/src/modules/exams/actions";
import type { QuestionView } from "@/src/modules/exams/present-attempt";

type Status = { kind: "idle" | "saving" | "saved" | "error"; text?: string };

/** Answer controls with autosave: every change is sent to the server at once. */
export function QuestionPanel({ attemptId, question }: { attemptId: string; question: QuestionView }) {
  const router = useRouter();
  const [selected, setSelected] = useState<number[]>(question.selected ?? []);
  const [order, setOrder] = useState<number[]>(
    question.type === "ordering" && question.selected ? question.selected : question.options.map((_, i) => i),
  );
  const [flagged, setFlagged] = useState(question.flagged);
  const [status, setStatus] = useState<Status>({ kind: question.selected ? "saved" : "idle" });
  const [, startTransition] = useTransition();

  function save(answer: number[] | null, flag = flagged) {
    setStatus({ kind: "saving" });
    startTransition(async () => {
      try {
        const result = await saveAnswerAction({ attemptId, position: question.position, answer, flagged: flag });
        if (result.ok) {
          setStatus({ kind: "saved", text: `Saved ${new Date(result.savedAt).toLocaleTimeString()}` });
          router.refresh(); // navigator shading
        } else {
          setStatus({ kind: "error", text: result.error });
          if (result.closed) router.refresh();
        }
      } catch {
        setStatus({ kind: "error", text: "Not saved: connection problem. Your last saved answer is kept; try again." });
      }
    });
  }
  const current = () => (question.type === "ordering" ? (status.kind === "idle" ? null : order) : selected.length ? selected : null);

  const name = `q-${question.position}`;
  return (
    <div className="space-y-4">
      {question.type === "ordering" ? (
        <fieldset>
          <legend className="mb-2 text-sm text-slate-600">Put the steps in the right order (first at the top).</legend>
          <ol className="space-y-2">
            {order.map((opt, i) => (
              <li key={opt} className="flex items-center gap-2 rounded border border-slate-200 p-2" data-testid="ordering-step">
                <span className="w-6 text-slate-500">{i + 1}.</span>
                <span className="flex-1">{question.options[opt]}</span>
                <button
                  type="button"
                  className="btn-secondary px-2 py-1"
                  disabled={i === 0}
                  aria-label={`Move "${question.options[opt]}" up`}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn-secondary px-2 py-1"
                  disabled={i === order.length - 1}
                  aria-label={`Move "${question.options[opt]}" down`}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn-secondary mt-2" onClick={() => save(order)}>
            Save this order
          </button>
        </fieldset>
      ) : (
        <fieldset>
          <legend className="mb-2 text-sm text-slate-600">
            {question.type === "multiple" ? "Select all that apply." : "Select one answer."}
          </legend>
          <div className="space-y-2">
            {question.options.map((text, i) => (
              <label
                key={i}
                className="flex cursor-pointer items-start gap-3 rounded border border-slate-200 p-3 font-normal hover:bg-slate-50"
              >
                <input
                  type={question.type === "multiple" ? "checkbox" : "radio"}
                  name={name}
                  className="mt-1 w-auto"
                  checked={selected.includes(i)}
                  onChange={(e) => {
                    const next =
                      question.type === "multiple"
                        ? (e.target.checked ? [...selected, i] : selected.filter((s) => s !== i)).sort((a, b) => a - b)
                        : [i];
                    setSelected(next);
                    save(next.length ? next : null);
                  }}
                />
                <span>{text}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex items-center justify-between gap-4">
        <label className="flex items-center gap-2 font-normal">
          <input
            type="checkbox"
            className="mt-0 w-auto"
            checked={flagged}
            onChange={(e) => {
              setFlagged(e.target.checked);
              save(current(), e.target.checked);
            }}
          />
          Flag for review
        </label>
        <p role="status" data-testid="save-status" className={`text-sm ${status.kind === "error" ? "text-red-700" : "text-slate-500"}`}>
          {status.kind === "saving" ? "Saving…" : (status.text ?? (status.kind === "saved" ? "Saved" : "Not answered yet"))}
        </p>
      </div>
    </div>
  );

  function move(i: number, delta: number) {
    const next = [...order];
    [next[i], next[i + delta]] = [next[i + delta], next[i]];
    setOrder(next);
    save(next);
  }
}

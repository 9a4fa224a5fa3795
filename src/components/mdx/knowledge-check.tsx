"use client";
import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { answerKnowledgeCheck, type CheckResult } from "@/src/modules/courses/actions";
import { useCourseProgress } from "./use-course-progress";

type Props = { courseSlug: string; id: string; question: string; options: string[]; multiple: boolean };

/** An inline question. It knows no answer: the server grades it and records the attempt. */
export function KnowledgeCheck({ courseSlug, id, question, options, multiple }: Props) {
  const { progress, refresh } = useCourseProgress(courseSlug);
  const [chosen, setChosen] = useState<number[]>([]);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [pending, startTransition] = useTransition();
  const name = useId();
  const answeredBefore = progress?.correctChecks.includes(id) ?? false;

  function toggle(index: number) {
    setResult(null);
    setChosen((current) => (multiple ? (current.includes(index) ? current.filter((i) => i !== index) : [...current, index]) : [index]));
  }
  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const answer = await answerKnowledgeCheck({ courseSlug, checkId: id, answer: chosen });
      setResult(answer);
      if (answer.ok && answer.correct) void refresh();
    });
  }

  return (
    <form onSubmit={submit} className="my-6 rounded-lg border border-sky-200 bg-white p-5 shadow-sm" data-testid={`check-${id}`}>
      <fieldset>
        <legend className="font-semibold">
          <span className="mr-2 rounded bg-sky-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-sky-900">
            Knowledge check
          </span>
          {question}
        </legend>
        {multiple ? <p className="mt-1 text-sm text-slate-600">Select all that apply.</p> : null}
        <div className="mt-3 space-y-2">
          {options.map((option, index) => (
            <label
              key={index}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2 font-normal hover:bg-slate-50"
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={name}
                checked={chosen.includes(index)}
                onChange={() => toggle(index)}
                className="mt-0.5 w-auto"
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {progress === null ? (
          <p className="text-sm">
            <Link href="/sign-in">Sign in</Link> to check your answer and track your progress.
          </p>
        ) : (
          <button type="submit" className="btn" disabled={pending || chosen.length === 0 || progress === undefined}>
            {pending ? "Checking…" : "Check answer"}
          </button>
        )}
        {answeredBefore && !result ? <span className="text-sm text-emerald-800">You have answered this correctly before.</span> : null}
      </div>
      <div role="status" aria-live="polite" className="mt-3 empty:hidden">
        {result?.ok === false ? <p className="text-sm text-red-700">{result.message}</p> : null}
        {result?.ok && result.correct ? (
          <div className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
            <p className="font-semibold">Correct.</p>
            {result.explanation ? <p className="mt-1">{result.explanation}</p> : null}
          </div>
        ) : null}
        {result?.ok && !result.correct ? (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            <strong>Not quite.</strong> Review the lesson above and try again.
          </p>
        ) : null}
      </div>
    </form>
  );
}

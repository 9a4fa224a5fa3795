"use client";
import { useState, type ReactNode } from "react";
import type { StepView } from "@/src/modules/labs/describe-session";

type Props = { index: number; step: StepView; base: string; canAct: boolean; onChange(step: StepView): void; children: ReactNode };

/** Hints are plain text with `backticks` for commands (no MDX: they are revealed one at a time as JSON). */
function InlineCode({ text }: { text: string }) {
  return text.split("`").map((part, i) =>
    i % 2 ? (
      <code key={i} className="rounded bg-amber-100 px-1 font-mono text-xs break-all">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

export function StepCard({ index, step, base, canAct, onChange, children }: Props) {
  const [busy, setBusy] = useState<"check" | "hint" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function call<T>(path: string): Promise<T | null> {
    const response = await fetch(`${base}/${path}/${step.id}`, { method: "POST", headers: { "Content-Type": "application/json" } });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      setError((data as { error?: string }).error ?? "That did not work.");
      return null;
    }
    setError(null);
    return data as T;
  }
  async function check() {
    setBusy("check");
    const r = await call<{ passed: boolean; feedback: string; attempts: number; stepPassed: boolean }>("checks");
    if (r) onChange({ ...step, passed: r.stepPassed, attempts: r.attempts, feedback: r.feedback, lastPassed: r.passed });
    setBusy(null);
  }
  async function hint() {
    setBusy("hint");
    const r = await call<{ hints: string[] }>("hints");
    if (r) onChange({ ...step, hints: r.hints });
    setBusy(null);
  }

  return (
    <li className="card space-y-3" data-testid={`step-${step.id}`} data-passed={step.passed}>
      <h2 className="flex items-center gap-2 text-lg">
        <span aria-hidden>{step.passed ? "✅" : `${index + 1}.`}</span> {step.title}
        {step.passed && <span className="sr-only">(passed)</span>}
      </h2>
      <div className="prose prose-sm max-w-none space-y-2 text-sm [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-900 [&_pre]:p-3 [&_pre]:text-slate-100 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
        {children}
      </div>
      {step.hints.length > 0 && (
        <ul className="space-y-1" data-testid="hints">
          {step.hints.map((h, i) => (
            <li key={i} className="notice">
              Hint {i + 1}: <InlineCode text={h} />
            </li>
          ))}
        </ul>
      )}
      {step.feedback && (
        <p role="status" data-testid="feedback" className={`text-sm ${step.lastPassed ? "text-green-800" : "text-red-700"}`}>
          {step.lastPassed ? "Passed: " : "Not yet: "}
          {step.feedback}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {canAct && (
        <div className="flex gap-2">
          <button type="button" className="btn" onClick={check} disabled={busy !== null}>
            {busy === "check" ? "Checking…" : "Check"}
          </button>
          {step.hints.length < step.hintsTotal && (
            <button type="button" className="btn-secondary" onClick={hint} disabled={busy !== null}>
              {step.hints.length === 0 ? "Show a hint" : "Next hint"}
            </button>
          )}
        </div>
      )}
      <p className="text-xs text-slate-500">
        {step.points} points · {step.attempts} attempt{step.attempts === 1 ? "" : "s"}
      </p>
    </li>
  );
}

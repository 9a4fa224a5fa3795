"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { SessionView } from "@/src/modules/labs/describe-session";
import { LabSplit } from "./lab-split";
import { LabTerminal } from "./lab-terminal";
import { LabTimer } from "./lab-timer";
import { StepCard } from "./step-card";

type Progress = { message: string; done: number; total: number };

async function post<T>(url: string): Promise<{ ok: boolean; data: T & { error?: string } }> {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" } });
  return { ok: response.ok, data: await response.json().catch(() => ({}) as T & { error?: string }) };
}

export function LabWorkspace({ initial, instructions }: { initial: SessionView; instructions: Record<string, ReactNode> }) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  const [progress, setProgress] = useState<Progress | undefined>(initial.progress.at(-1));
  const [message, setMessage] = useState<string | null>(null);
  const base = `/api/labs/${view.id}`;

  const reload = useCallback(async () => {
    const response = await fetch(base, { cache: "no-store" });
    if (response.ok) setView(await response.json());
  }, [base]);

  // Provisioning progress streams in as server-sent events.
  useEffect(() => {
    if (view.status !== "provisioning") return;
    const events = new EventSource(`${base}/events`);
    events.addEventListener("progress", (e) => setProgress(JSON.parse((e as MessageEvent).data)));
    events.addEventListener("terminal", () => setView((v) => ({ ...v, terminalOpen: true })));
    events.addEventListener("status", () => {
      events.close();
      void reload();
    });
    events.onerror = () => {
      events.close();
      setTimeout(() => void reload(), 1000);
    };
    return () => events.close();
  }, [view.status, base, reload]);

  async function act(path: "extend" | "reset" | "finish", confirmText?: string) {
    if (confirmText && !window.confirm(confirmText)) return;
    const { ok, data } = await post<{ expiresAt?: string }>(`${base}/${path}`);
    if (!ok) return setMessage(data.error ?? "That did not work.");
    setMessage(null);
    if (path === "extend") await reload();
    else router.refresh();
  }

  const passed = view.steps.filter((s) => s.passed).length;
  const percent = progress ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <div className="space-y-4" data-testid="lab-workspace" data-status={view.status}>
      <div className="card flex flex-wrap items-center gap-3">
        <span className="text-sm font-medium" data-testid="lab-score">
          {passed} / {view.steps.length} steps passed
        </span>
        {view.status === "ready" && <LabTimer expiresAt={view.expiresAt} />}
        {!view.canAct && <span className="notice">Read-only: you are observing a learner&apos;s lab.</span>}
        {view.canAct && view.status === "ready" && (
          <div className="ml-auto flex gap-2">
            <button type="button" className="btn-secondary" onClick={() => act("extend")} disabled={view.extensionsLeft === 0}>
              Extend ({view.extensionsLeft} left)
            </button>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => act("reset", "Start this lab again from scratch? Your shell and files are lost.")}
            >
              Reset lab
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => act("finish", "Finish the lab? Your results are kept and the lab is removed.")}
            >
              Finish
            </button>
          </div>
        )}
      </div>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <LabSplit
        steps={
          <ol className="space-y-3">
            {view.steps.map((step, i) => (
              <StepCard
                key={step.id}
                index={i}
                step={step}
                base={base}
                canAct={view.canAct && view.status === "ready"}
                onChange={(s) => setView((v) => ({ ...v, steps: v.steps.map((x) => (x.id === s.id ? s : x)) }))}
              >
                {instructions[step.id]}
              </StepCard>
            ))}
          </ol>
        }
        terminal={
          <div className="lg:sticky lg:top-4">
            {view.status === "provisioning" && (
              <div className="card space-y-2" data-testid="provisioning">
                <p className="text-sm font-medium">
                  {view.terminalOpen
                    ? "Your shell is ready; the rest of the lab is still starting. Checks unlock when it says Ready."
                    : "Preparing your lab…"}
                </p>
                <div
                  className="h-2 w-full overflow-hidden rounded bg-slate-200"
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent}
                >
                  <div className="h-full bg-sky-700 transition-all" style={{ width: `${percent}%` }} />
                </div>
                <p className="text-xs text-slate-600" data-testid="provisioning-message">
                  {progress?.message ?? "Waiting for the lab engine"}
                </p>
              </div>
            )}
            {view.terminalOpen && <LabTerminal sessionId={view.id} readOnly={!view.canAct} />}
            {view.progress.length > 0 && view.status !== "provisioning" && (
              <details className="mt-2 text-xs text-slate-600" data-testid="provisioning-log">
                <summary>How this lab was set up</summary>
                <ol className="list-decimal pl-5">
                  {view.progress.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ol>
              </details>
            )}
            {view.status === "failed" && (
              <div className="card space-y-2">
                <p className="form-error">{view.error}</p>
                {view.canAct && (
                  <button type="button" className="btn" onClick={() => act("reset")}>
                    Try again
                  </button>
                )}
              </div>
            )}
            {(view.status === "expired" || view.status === "destroyed") && (
              <div className="card">
                <p>
                  This lab has ended.{" "}
                  <button type="button" className="underline" onClick={() => router.refresh()}>
                    Back to the lab page
                  </button>
                </p>
              </div>
            )}
          </div>
        }
      />
    </div>
  );
}

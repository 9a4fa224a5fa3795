"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import type { LabCardStatus } from "@/src/modules/courses/summarise-lab-status";

type LabStatus = LabCardStatus | null;

/**
 * Opens a lab. The learner's status comes from a small request after load (the lesson page itself
 * is static); when that fails — signed out, or no labs service — the card is just a link.
 */
export function LabLink({ lab, title }: { lab: string; title: string }) {
  const [status, setStatus] = useState<LabStatus>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/courses/lab-status?lab=${encodeURIComponent(lab)}`, { cache: "no-store" })
      .then(async (r) => (r.ok ? ((await r.json()) as LabStatus) : null))
      .then((s) => live && setStatus(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lab]);
  const label =
    status?.status === "completed"
      ? "Completed"
      : status?.status === "in-progress"
        ? `In progress: ${status.stepsPassed} of ${status.stepsTotal} steps`
        : status
          ? "Not started yet"
          : null;
  return (
    <div
      className="my-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-300 bg-slate-900 p-5 text-white"
      data-testid={`lab-link-${lab}`}
    >
      <div>
        <p className="text-xs font-medium uppercase tracking-wide text-sky-300">Hands-on lab</p>
        <p className="text-lg font-semibold">{title}</p>
        {label ? (
          <p className="text-sm text-slate-300" data-testid="lab-status">
            {label}
          </p>
        ) : null}
      </div>
      <Link href={`/labs/${lab}`} className="btn bg-amber-400 text-slate-900 hover:bg-amber-300">
        {status?.status === "in-progress" ? "Continue the lab" : "Open the lab"}
      </Link>
    </div>
  );
}

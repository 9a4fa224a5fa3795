"use client";
import { useEffect, useState } from "react";
import type { CohortRow } from "@/src/modules/classroom/build-cohort-rows";

/** Subscribes to the cohort event stream; EventSource reconnects by itself after a drop. */
export function CohortLive({ sessionId, initial }: { sessionId: string; initial: CohortRow[] }) {
  const [rows, setRows] = useState(initial);
  const [state, setState] = useState<"connecting" | "live" | "reconnecting">("connecting");
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  useEffect(() => {
    const source = new EventSource(`/api/trainer/sessions/${sessionId}/cohort`);
    source.addEventListener("open", () => setState("live"));
    source.addEventListener("error", () => setState("reconnecting"));
    source.addEventListener("cohort", (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { at: string; rows: CohortRow[] };
      setRows(data.rows);
      setUpdatedAt(data.at);
      setState("live");
    });
    return () => source.close();
  }, [sessionId]);
  return (
    <section className="card overflow-x-auto">
      <p className="text-sm text-slate-600" role="status" data-testid="cohort-state">
        {state === "live" ? "Live" : state === "connecting" ? "Connecting…" : "Reconnecting…"}
        {updatedAt && ` · updated ${new Date(updatedAt).toLocaleTimeString()}`}
      </p>
      <table className="mt-3 w-full text-left text-sm" data-testid="cohort-table">
        <thead>
          <tr>
            <th className="py-1">Attendee</th>
            <th>Current lab</th>
            <th>Steps passed</th>
            <th>Hints used</th>
            <th>Time in lab</th>
            <th>Idle</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.userId} className={`border-t border-slate-100 ${r.stuck ? "bg-amber-50" : ""}`} aria-label={r.name}>
              <td className="py-1">
                {r.name}
                {r.stuck && <strong className="ml-2 text-amber-900">may be stuck</strong>}
              </td>
              <td>
                {r.lab ?? "—"}
                {r.status && r.lab ? <span className="text-slate-500"> ({r.status})</span> : null}
              </td>
              <td data-testid="steps">{r.lab ? `${r.stepsPassed}/${r.stepsTotal}` : "—"}</td>
              <td>{r.lab ? r.hintsUsed : "—"}</td>
              <td>{r.lab ? `${r.minutesInLab} min` : "—"}</td>
              <td>{r.idleMinutes === null ? "—" : `${r.idleMinutes} min`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="mt-2 text-sm">No enrolled attendees.</p>}
    </section>
  );
}

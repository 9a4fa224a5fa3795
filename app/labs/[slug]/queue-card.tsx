"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { QueuePlace } from "@/src/modules/labs/admission/describe-queue";

function formatWait(seconds: number): string {
  if (seconds < 60) return "less than a minute";
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `about ${minutes} min` : `about ${Math.round(minutes / 60)} h`;
}

/** The learner waits for capacity: their place and estimate stream in; the lab starts by itself. */
export function QueueCard({ lab, initial }: { lab: string; initial: QueuePlace }) {
  const router = useRouter();
  const [place, setPlace] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // EventSource reconnects by itself when the stream ends; the page follows the session once admitted.
    const events = new EventSource(`/api/labs/queue/${lab}/events`);
    events.addEventListener("place", (e) => setPlace(JSON.parse((e as MessageEvent).data)));
    const done = () => {
      events.close();
      router.refresh();
    };
    events.addEventListener("admitted", done);
    events.addEventListener("left", done);
    return () => events.close();
  }, [lab, router]);

  async function leave() {
    const response = await fetch(`/api/labs/queue/${lab}`, { method: "DELETE" });
    if (!response.ok) return setError("Could not leave the queue. Try again.");
    router.refresh();
  }

  return (
    <div className="card space-y-2" data-testid="queue-card" aria-live="polite">
      <p className="font-medium">All lab places are in use right now.</p>
      <p data-testid="queue-position" data-position={place.position}>
        You are number {place.position} in the queue ({place.waiting} waiting).
      </p>
      <p className="text-sm text-slate-600" data-testid="queue-estimate">
        Estimated wait: {formatWait(place.estimateSeconds)}. Your lab starts by itself when it is your turn; keep this page open (a place
        lapses after {Math.round(place.lapseSeconds / 60)} minutes without it).
      </p>
      <button type="button" className="btn-secondary" onClick={leave}>
        Leave the queue
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

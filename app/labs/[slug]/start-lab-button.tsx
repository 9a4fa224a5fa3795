"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function StartLabButton({ lab, label }: { lab: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setBusy(true);
    setError(null);
    const response = await fetch("/api/labs/sessions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lab }),
    });
    if (!response.ok) {
      setError(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The lab could not be started.");
      setBusy(false);
      return;
    }
    router.refresh();
  }
  return (
    <div>
      <button type="button" className="btn" onClick={start} disabled={busy}>
        {busy ? "Starting…" : label}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

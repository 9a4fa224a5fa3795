"use client";
import Link from "next/link";
import { useState } from "react";
import type { VerificationResult } from "@/src/modules/certificates/verify-credential";
import { StatusBadge } from "./status-badge";

export function VerifyForm() {
  const [jwt, setJwt] = useState("");
  const [result, setResult] = useState<VerificationResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function verify(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const res = await fetch("/api/verify", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jwt }) });
      const body = await res.json();
      if (res.ok) setResult(body as VerificationResult);
      else setError(body.error ?? "Verification failed.");
    } catch {
      setError("Could not reach the server.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={verify} className="card space-y-4">
      <div>
        <label htmlFor="jwt">Credential (VC-JWT)</label>
        <textarea id="jwt" name="jwt" rows={6} className="font-mono text-xs" value={jwt} onChange={(e) => setJwt(e.target.value)} />
      </div>
      <div>
        <label htmlFor="file">Or upload a file</label>
        <input id="file" type="file" accept=".jwt,.txt,application/vc+jwt,text/plain" onChange={async (e) => { const f = e.target.files?.[0]; if (f) setJwt((await f.text()).trim()); }} />
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="btn" disabled={pending || !jwt.trim()}>{pending ? "Verifying…" : "Verify"}</button>
      {result && (
        <div className="space-y-2">
          <StatusBadge status={result.status} reason={result.reason} />
          {result.credential && (
            <p className="text-sm">
              {result.credential.holderName} — {result.credential.achievement}, valid {result.credential.validFrom.slice(0, 10)} to {result.credential.validUntil.slice(0, 10)}.{" "}
              {result.status !== "tampered" && <Link href={`/verify/${result.credential.certificateId}`}>Open its verification page</Link>}
            </p>
          )}
        </div>
      )}
    </form>
  );
}

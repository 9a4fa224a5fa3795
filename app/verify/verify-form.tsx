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
  const [dragging, setDragging] = useState(false);

  /** Sends the pasted JWT, or a dropped/uploaded file as it is: the server reads badges, PDFs and JSON. */
  async function send(body: BodyInit, type: string) {
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const res = await fetch("/api/verify", { method: "POST", headers: { "content-type": type }, body });
      const reply = await res.json();
      if (res.ok) setResult(reply as VerificationResult);
      else setError(reply.error ?? "Verification failed.");
    } catch {
      setError("Could not reach the server.");
    } finally {
      setPending(false);
    }
  }

  const verify = (e: React.FormEvent) => {
    e.preventDefault();
    void send(JSON.stringify({ jwt }), "application/json");
  };
  const verifyFile = (f: File | undefined) => {
    if (f) void send(f, f.type || "application/octet-stream");
  };

  return (
    <form onSubmit={verify} className="card space-y-4">
      <div>
        <label htmlFor="jwt">Credential (VC-JWT)</label>
        <textarea id="jwt" name="jwt" rows={6} className="font-mono text-xs" value={jwt} onChange={(e) => setJwt(e.target.value)} />
      </div>
      <div
        className={`rounded-md border-2 border-dashed p-4 ${dragging ? "border-sky-700 bg-sky-50" : "border-slate-300"}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          verifyFile(e.dataTransfer.files[0]);
        }}
      >
        <label htmlFor="file">
          Or drop or choose a file: the credential (.jwt or .json), a baked badge (.png or .svg) or the certificate PDF
        </label>
        <input
          id="file"
          type="file"
          accept=".jwt,.jws,.txt,.json,.png,.svg,.pdf,application/vc+jwt,text/plain,application/json,image/png,image/svg+xml,application/pdf"
          onChange={(e) => verifyFile(e.target.files?.[0])}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn" disabled={pending || !jwt.trim()}>
        {pending ? "Verifying…" : "Verify"}
      </button>
      {result && (
        <div className="space-y-2">
          <StatusBadge status={result.status} reason={result.reason} />
          {result.credential && (
            <p className="text-sm">
              {result.credential.holderName} — {result.credential.achievement}, valid {result.credential.validFrom.slice(0, 10)} to{" "}
              {result.credential.validUntil.slice(0, 10)}.{" "}
              {result.status !== "tampered" && <Link href={`/verify/${result.credential.certificateId}`}>Open its verification page</Link>}
            </p>
          )}
        </div>
      )}
    </form>
  );
}

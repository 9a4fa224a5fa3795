"use client";
import { useState } from "react";

/** Confirms a lab transcript against the credential's evidence digest, in the browser (the file is not uploaded). */
export function TranscriptCheck({ digestSRI }: { digestSRI: string }) {
  const [verdict, setVerdict] = useState<"match" | "mismatch" | null>(null);
  async function check(file: File | undefined) {
    if (!file) return;
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", await file.arrayBuffer()));
    const b64 = btoa(String.fromCharCode(...digest));
    setVerdict(`sha384-${b64}` === digestSRI ? "match" : "mismatch");
  }
  return (
    <div className="card space-y-2">
      <label htmlFor="transcript">Have the holder&apos;s lab transcript? Check it against the credential&apos;s evidence</label>
      <input id="transcript" type="file" accept=".json,application/json" onChange={(e) => void check(e.target.files?.[0])} />
      <p role="status" className="text-sm" data-testid="transcript-verdict">
        {verdict === "match" && "This is the transcript the practical part was graded from (SHA-384 matches the signed evidence)."}
        {verdict === "mismatch" && "This file is not the graded transcript: its SHA-384 differs from the signed evidence."}
      </p>
    </div>
  );
}

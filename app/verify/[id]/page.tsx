import Link from "next/link";
import { notFound } from "next/navigation";
import { checkCertificate } from "@/src/modules/certificates/check-certificate";
import { StatusBadge } from "../status-badge";
import { TranscriptCheck } from "./transcript-check";

export const dynamic = "force-dynamic";
export const metadata = { title: "Verify a certificate" };

const date = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/** Public (no sign-in): anyone holding the link or QR code can check a certificate. */
export default async function VerifyCertificatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const check = /^[0-9a-f-]{36}$/u.test(id) ? await checkCertificate(id) : null;
  if (!check) notFound();
  const c = check.certificate;
  const transcriptDigest = check.credential?.evidence.find((e) => e.name === "Practical lab transcript")?.digestSRI;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1>Certificate verification</h1>
      <StatusBadge status={check.status} reason={check.reason} />
      <dl className="card grid grid-cols-3 gap-2 text-sm">
        <dt className="text-slate-500">Holder</dt>
        <dd className="col-span-2" data-testid="holder-name">
          {c.holderName}
        </dd>
        <dt className="text-slate-500">Achievement</dt>
        <dd className="col-span-2">{c.achievementTitle}</dd>
        <dt className="text-slate-500">Issued</dt>
        <dd className="col-span-2">{date(c.issuedAt)}</dd>
        <dt className="text-slate-500">Valid until</dt>
        <dd className="col-span-2">{date(c.validUntil)}</dd>
        {c.revokedAt && (
          <>
            <dt className="text-slate-500">Revoked</dt>
            <dd className="col-span-2">
              {date(c.revokedAt)}
              {c.revocationReason ? `: ${c.revocationReason}` : ""}
            </dd>
          </>
        )}
        <dt className="text-slate-500">Certificate id</dt>
        <dd className="col-span-2 break-all font-mono text-xs">{c.id}</dd>
      </dl>
      <p className="text-sm text-slate-600">
        This page re-checks the signature of the Open Badges 3.0 credential against the academy&apos;s published key (
        <a href="/.well-known/did.json">DID document</a>), its entry in the revocation status list and its validity period. Machines can use{" "}
        <a href={`/api/verify/${c.id}`}>the JSON endpoint</a>. Have a credential file? <Link href="/verify">Verify it here</Link>.
      </p>
      {transcriptDigest && check.status !== "tampered" && <TranscriptCheck digestSRI={transcriptDigest} />}
    </div>
  );
}

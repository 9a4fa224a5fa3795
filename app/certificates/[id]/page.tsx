import Link from "next/link";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { requireUser } from "@/src/server/auth/guards";
import { findCertificate } from "@/src/modules/certificates/queries";
import { ISSUER_NAME, verifyUrl } from "@/src/modules/certificates/issuer-identity";
import { linkedInAddUrl } from "@/src/modules/certificates/linkedin-add-url";
import { PrintButton } from "./print-button";

export const dynamic = "force-dynamic";
export const metadata = { title: "Certificate" };

const long = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

// Print: only the certificate sheet, on one landscape page.
const PRINT_CSS = `@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { background: white; }
  body > a, header, .no-print { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  .certificate-sheet { box-shadow: none !important; border-width: 3px !important; break-inside: avoid; }
}`;

export default async function CertificatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const cert = await findCertificate(id);
  if (!cert || (cert.userId !== user.id && user.role !== "ADMIN")) notFound();
  const url = verifyUrl(cert.id);
  const files = `/api/certificates/${cert.id}`;
  const qr = await QRCode.toString(url, { type: "svg", margin: 0, errorCorrectionLevel: "M" });
  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="no-print flex flex-wrap gap-2">
        <PrintButton />
        <a className="btn-secondary" href={`${files}/certificate.pdf`} download>
          Download PDF
        </a>
        <a className="btn-secondary" href={`${files}/badge.png`} download>
          Badge (PNG)
        </a>
        <a className="btn-secondary" href={`${files}/badge.svg`} download>
          Badge (SVG)
        </a>
        <a
          className="btn-secondary"
          href={linkedInAddUrl({
            name: cert.achievementTitle,
            organization: ISSUER_NAME,
            issuedAt: cert.issuedAt,
            validUntil: cert.validUntil,
            id: cert.id,
            url,
          })}
          target="_blank"
          rel="noopener noreferrer"
        >
          Add to LinkedIn profile<span className="sr-only"> (opens LinkedIn in a new tab)</span>
        </a>
        <Link className="btn-secondary" href={`/verify/${cert.id}`}>
          Open verification page
        </Link>
      </div>
      <section className="no-print card space-y-2" aria-labelledby="wallet-heading">
        <h2 id="wallet-heading" className="text-base">
          Download for your wallet
        </h2>
        <p className="text-sm text-slate-600">
          The signed Open Badges 3.0 credential, for a digital wallet or an employer&apos;s verifier. The baked badges and the PDF carry it
          too.
        </p>
        <div className="flex flex-wrap gap-2">
          <a className="btn-secondary" href={`${files}/credential.jwt`} download>
            Credential (VC-JWT)
          </a>
          <a className="btn-secondary" href={`${files}/credential.json`} download>
            Credential (JSON)
          </a>
          {cert.evidenceTranscript && (
            <a className="btn-secondary" href={`${files}/transcript.json`} download>
              Lab transcript (evidence)
            </a>
          )}
        </div>
      </section>
      {cert.revokedAt && <p className="notice no-print">This certificate was revoked on {long(cert.revokedAt)}.</p>}
      <article
        className="certificate-sheet mx-auto max-w-4xl rounded-lg border-8 border-double border-sky-900 bg-white p-10 text-center shadow-sm"
        data-testid="certificate"
      >
        <p className="text-sm uppercase tracking-[0.3em] text-slate-500">{ISSUER_NAME}</p>
        <h1 className="mt-6 text-3xl font-semibold">{cert.achievementTitle}</h1>
        <p className="mt-6 text-slate-600">This certifies that</p>
        <p className="mt-2 text-4xl font-semibold text-sky-900" data-testid="certificate-holder">
          {cert.holderName}
        </p>
        <p className="mt-4 text-slate-600">passed the certification exam on {long(cert.issuedAt)}.</p>
        <div className="mt-10 flex items-end justify-between gap-6 text-left text-sm">
          <dl className="space-y-1">
            <div>
              <dt className="inline text-slate-500">Valid until: </dt>
              <dd className="inline">{long(cert.validUntil)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Certificate id: </dt>
              <dd className="inline font-mono text-xs">{cert.id}</dd>
            </div>
            <div>
              <dt className="inline text-slate-500">Verify at: </dt>
              <dd className="inline break-all">{url}</dd>
            </div>
          </dl>
          {/* SVG generated by the qrcode library from our own URL. */}
          <div
            className="h-32 w-32 shrink-0"
            aria-label={`QR code linking to ${url}`}
            role="img"
            data-testid="certificate-qr"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
        </div>
      </article>
    </div>
  );
}

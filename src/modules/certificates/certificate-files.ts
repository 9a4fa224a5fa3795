import "server-only";
import { getExam } from "@/src/modules/exams/get-exam";
import { bakePng, bakeSvg } from "./bake-badge";
import { verifyUrl } from "./issuer-identity";
import type { CertificateRow } from "./queries";
import { renderBadgePng } from "./render-badge-png";
import { renderBadgeSvg } from "./render-badge-svg";
import { renderCertificatePdf } from "./render-certificate-pdf";

export const CERTIFICATE_FILES = [
  "badge.svg",
  "badge.png",
  "certificate.pdf",
  "credential.jwt",
  "credential.json",
  "transcript.json",
] as const;
export type CertificateFile = (typeof CERTIFICATE_FILES)[number];
export type FileBody = { body: Buffer | string; type: string };

/** The achievement's (unbaked) badge; null for an unknown exam. */
export async function achievementBadgeSvg(examSlug: string, fallbackTitle?: string): Promise<string | null> {
  const exam = (await getExam(examSlug))?.exam;
  if (!exam && !fallbackTitle) return null;
  return renderBadgeSvg({ title: exam?.title ?? fallbackTitle!, programme: exam?.programme ?? "Cyberwall Academy" });
}

/** The holder's downloads: baked badges, the PDF, the credential (VC-JWT, and JSON for wallets), the graded transcript. */
export async function certificateFile(cert: CertificateRow, file: CertificateFile): Promise<FileBody | null> {
  const svg = () => achievementBadgeSvg(cert.examSlug, cert.achievementTitle) as Promise<string>;
  switch (file) {
    case "badge.svg":
      return { body: bakeSvg(await svg(), cert.jwt), type: "image/svg+xml" };
    case "badge.png":
      return { body: bakePng(await renderBadgePng(await svg()), cert.jwt), type: "image/png" };
    case "certificate.pdf":
      return {
        body: await renderCertificatePdf({ ...cert, verifyUrl: verifyUrl(cert.id), badgePng: await renderBadgePng(await svg()) }),
        type: "application/pdf",
      };
    case "credential.jwt":
      return { body: cert.jwt, type: "text/plain; charset=utf-8" }; // OB 3.0: a VC-JWT web resource SHOULD be text/plain
    case "credential.json":
      // VC Data Model 2.0's JSON wrapping of a VC-JWT: wallets that take JSON get the signed credential.
      return {
        body: JSON.stringify(
          {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            id: `data:application/vc+jwt,${cert.jwt}`,
            type: "EnvelopedVerifiableCredential",
          },
          null,
          2,
        ),
        type: "application/json",
      };
    case "transcript.json":
      return cert.evidenceTranscript ? { body: cert.evidenceTranscript, type: "application/json" } : null;
  }
}

import { checkCertificate } from "@/src/modules/certificates/check-certificate";
import { verifyUrl } from "@/src/modules/certificates/issuer-identity";

export const dynamic = "force-dynamic";

/** Machine-readable status of a certificate by id (public, like the verify page). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const check = /^[0-9a-f-]{36}$/u.test(id) ? await checkCertificate(id) : null;
  if (!check) return Response.json({ id, status: "unknown", reason: "No certificate with this id was issued here." }, { status: 404 });
  const c = check.certificate;
  return Response.json(
    {
      id: c.id,
      status: check.status,
      reason: check.reason,
      holder: c.holderName,
      achievement: c.achievementTitle,
      issuedAt: c.issuedAt.toISOString(),
      validUntil: c.validUntil.toISOString(),
      revokedAt: c.revokedAt?.toISOString() ?? null,
      revocationReason: c.revocationReason,
      verifyUrl: verifyUrl(c.id),
      credential: c.jwt,
    },
    { headers: { "cache-control": "no-store" } },
  );
}

import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { AdminNav } from "../admin-nav";
import { listAllCertificates } from "@/src/modules/certificates/queries";
import { RevokeForm } from "./revoke-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Certificates" };

const date = (d: Date) => d.toISOString().slice(0, 10);

export default async function AdminCertificatesPage() {
  await requireUser("ADMIN");
  const certificates = await listAllCertificates();
  return (
    <div className="space-y-4">
      <h1>Issued certificates</h1>
      <AdminNav />
      <p className="text-sm text-slate-600">
        Revoking sets the certificate&apos;s bit in the public revocation status list; every verifier sees it at once. Revocations are
        recorded in the audit log.
      </p>
      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th className="py-1">Holder</th>
              <th>Achievement</th>
              <th>Issued</th>
              <th>Valid until</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {certificates.map((c) => (
              <tr key={c.id} className="border-t border-slate-100 align-top" data-testid={`certificate-row-${c.id}`}>
                <td className="py-2">
                  {c.holderName}
                  <br />
                  <span className="text-xs text-slate-500">{c.user.email}</span>
                </td>
                <td>{c.achievementTitle}</td>
                <td>{date(c.issuedAt)}</td>
                <td>{date(c.validUntil)}</td>
                <td>
                  <Link href={`/verify/${c.id}`}>
                    {c.revokedAt ? `revoked ${date(c.revokedAt)}` : c.validUntil < new Date() ? "expired" : "valid"}
                  </Link>
                  {c.revocationReason && <p className="text-xs text-slate-500">{c.revocationReason}</p>}
                </td>
                <td className="min-w-72">
                  {c.revokedAt ? (
                    <p role="status" className="text-sm">
                      Certificate revoked on {date(c.revokedAt)}.
                    </p>
                  ) : (
                    <RevokeForm certificateId={c.id} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {certificates.length === 0 && <p className="text-sm">No certificates issued yet.</p>}
      </div>
    </div>
  );
}

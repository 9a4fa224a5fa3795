import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { listCertificatesForUsers } from "@/src/modules/certificates/queries";
import { RENEWAL_WINDOW_DAYS } from "@/src/modules/exams/check-eligibility";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your certificates" };

const date = (d: Date) => d.toISOString().slice(0, 10);

export default async function CertificatesPage() {
  const user = await requireUser();
  const certificates = await listCertificatesForUsers([user.id]);
  const now = Date.now();
  return (
    <div className="space-y-6">
      <h1>Your certificates</h1>
      {certificates.length === 0 && (
        <p>
          No certificates yet. <Link href="/exams">Take a certification exam</Link>.
        </p>
      )}
      <ul className="space-y-3">
        {certificates.map((c) => {
          const daysLeft = Math.ceil((c.validUntil.getTime() - now) / 86_400_000);
          const state = c.revokedAt ? "revoked" : daysLeft <= 0 ? "expired" : "valid";
          return (
            <li key={c.id} className="card flex flex-wrap items-center justify-between gap-3">
              <div>
                <p className="font-medium">{c.achievementTitle}</p>
                <p className="text-sm text-slate-600">
                  Issued {date(c.issuedAt)}, valid until {date(c.validUntil)} — {state}
                </p>
                {state === "valid" && daysLeft <= RENEWAL_WINDOW_DAYS && (
                  <p className="notice mt-2">
                    Expires in {daysLeft} days. <Link href={`/exams/${c.examSlug}`}>Take the renewal exam</Link>.
                  </p>
                )}
              </div>
              <div className="flex gap-2">
                <Link className="btn-secondary" href={`/certificates/${c.id}`}>
                  Certificate
                </Link>
                <Link className="btn-secondary" href={`/verify/${c.id}`}>
                  Verification page
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

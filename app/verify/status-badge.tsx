import type { VerificationStatus } from "@/src/modules/certificates/verify-credential";

const STYLE: Record<VerificationStatus, { label: string; className: string }> = {
  valid: { label: "Valid", className: "bg-emerald-50 text-emerald-900 border-emerald-300" },
  expired: { label: "Expired", className: "bg-amber-50 text-amber-900 border-amber-300" },
  revoked: { label: "Revoked", className: "bg-red-50 text-red-900 border-red-300" },
  tampered: { label: "Tampered", className: "bg-red-50 text-red-900 border-red-400" },
};

export function StatusBadge({ status, reason }: { status: VerificationStatus; reason: string }) {
  const s = STYLE[status];
  return (
    <div className={`rounded-lg border p-4 ${s.className}`} role="status">
      <p className="text-2xl font-semibold" data-testid="verification-status">
        {s.label}
      </p>
      <p className="text-sm" data-testid="verification-reason">
        {reason}
      </p>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { resolvePartnerOrg } from "@/src/modules/partners/resolve-partner-org";
import { loadPartnerOverview } from "@/src/modules/partners/load-partner-overview";
import { listInvites } from "@/src/modules/partners/queries";
import { removeMemberAction, revokeInviteAction } from "@/src/modules/partners/actions";
import { listOrganizations } from "@/src/modules/admin/queries";
import { ActionForm } from "@/src/components/action-form";
import { CertifiedChart } from "./certified-chart";
import { InvitePanel } from "./invite-panel";
import { JoinRequests } from "./join-requests";
import { TierStatus } from "./tier-status";

export const metadata = { title: "My organisation" };
export const dynamic = "force-dynamic";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function PartnerPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const user = await requireUser("PARTNER_MANAGER");
  const orgId = resolvePartnerOrg(user, (await searchParams).org);
  if (!orgId) {
    if (user.role !== "ADMIN") return <p className="card">Your account is not linked to a partner organisation. Ask an administrator.</p>;
    const orgs = await listOrganizations();
    return (
      <div className="card">
        <h1>Partner organisations</h1>
        <ul className="mt-3 list-disc pl-6">
          {orgs.map((o) => (
            <li key={o.id}>
              <Link href={`/partner?org=${o.id}`}>{o.name}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const overview = await loadPartnerOverview(orgId);
  if (!overview) notFound();
  const { org, tier, staff, expiring, horizonDays } = overview;
  const invites = user.role === "PARTNER_MANAGER" ? await listInvites(orgId) : [];
  const qs = user.role === "ADMIN" ? `?org=${org.id}` : "";
  return (
    <div className="space-y-6">
      <div>
        <h1 data-testid="org-name">{org.name}</h1>
        <p className="text-sm text-slate-600">
          Organisation code <code>{org.code}</code> · Partner tier <strong>{tier.title}</strong>
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <a className="btn-secondary" href={`/api/partner/staff.csv${qs}`} download>
          Download staff CSV
        </a>
        <Link className="btn-secondary" href={`/partner/compliance${qs}`}>
          Compliance for tenders
        </Link>
      </div>
      <TierStatus tierTitle={tier.title} now={overview.now} later={overview.later} horizonDays={horizonDays} />
      <section className="card">
        <h2>Expiring within {horizonDays} days</h2>
        {expiring.length === 0 ? (
          <p className="mt-2 text-sm" data-testid="expiring-none">
            No certificates expire in the next {horizonDays} days.
          </p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="expiring-list">
            {expiring.map((e) => (
              <li key={`${e.userId}-${e.validUntil.toISOString()}`}>
                <strong>{e.name}</strong> — expires {day.format(e.validUntil)} ({e.daysLeft} days)
              </li>
            ))}
          </ul>
        )}
      </section>
      <JoinRequests orgId={org.id} />
      <section className="card overflow-x-auto">
        <h2>Staff ({staff.length})</h2>
        <table className="mt-3 w-full text-left text-sm" data-testid="staff-table">
          <thead>
            <tr>
              <th className="py-1">Name</th>
              <th>Courses</th>
              <th>Labs completed</th>
              <th>Certificate</th>
              <th>Valid until</th>
              <th>
                <span className="sr-only">Membership</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id} className="border-t border-slate-100 align-top" aria-label={s.name}>
                <td className="py-1">
                  {s.name}
                  <div className="text-xs text-slate-500">{s.email}</div>
                </td>
                <td>
                  {s.courses.map((c) => (
                    <div key={c.courseSlug}>{c.completed ? "Completed" : `${c.lessonsCompleted}/${c.lessonsTotal} lessons`}</div>
                  ))}
                </td>
                <td>
                  {s.labsCompleted.length} of {s.labs.length} started
                </td>
                <td data-testid="staff-certificate">
                  {s.currentCertificate
                    ? s.currentCertificate.achievementTitle
                    : s.certificates.some((c) => c.revokedAt)
                      ? "Revoked"
                      : s.certificates.length
                        ? "Expired"
                        : "—"}
                </td>
                <td>{s.currentCertificate ? day.format(s.currentCertificate.validUntil) : "—"}</td>
                <td>
                  <ActionForm
                    action={removeMemberAction}
                    fields={{ memberId: s.id }}
                    label="Remove"
                    ariaLabel={`Remove ${s.name}`}
                    confirm={`Remove ${s.name} from ${org.name}?`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>Certified staff over time</h2>
        <CertifiedChart points={overview.series} />
      </section>
      {user.role === "PARTNER_MANAGER" && (
        <section className="card space-y-3">
          <h2>Invite staff</h2>
          <p className="text-sm">Send the link to a colleague: signing up (or signing in) with it joins {org.name}.</p>
          <InvitePanel />
          {invites.length > 0 && (
            <ul className="text-sm">
              {invites.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center gap-2">
                  Link created {day.format(i.createdAt)}, expires {day.format(i.expiresAt)}, used {i.uses}×
                  <ActionForm action={revokeInviteAction} fields={{ inviteId: i.id }} label="Revoke" />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

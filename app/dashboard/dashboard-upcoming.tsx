import Link from "next/link";
import { ActionForm } from "@/src/components/action-form";
import { listCertificatesForUsers } from "@/src/modules/certificates/queries";
import { findNextEnrolledSession } from "@/src/modules/classroom/queries";
import { formatSessionWhen } from "@/src/modules/classroom/format-session";
import { dismissNotificationAction } from "@/src/modules/notifications/actions";
import { listNotifications } from "@/src/modules/notifications/queries";

const DAY = 86_400_000;

/** What is coming up for this user: notifications, the next classroom session, the next certificate expiry. */
export async function DashboardUpcoming({ userId }: { userId: string }) {
  const now = new Date();
  const [notifications, session, certificates] = await Promise.all([
    listNotifications(userId),
    findNextEnrolledSession(userId, now),
    listCertificatesForUsers([userId]),
  ]);
  const next = certificates
    .filter((c) => !c.revokedAt && c.validUntil > now)
    .sort((a, b) => a.validUntil.getTime() - b.validUntil.getTime())[0];
  const daysLeft = next ? Math.ceil((next.validUntil.getTime() - now.getTime()) / DAY) : 0;
  return (
    <>
      {notifications.length > 0 && (
        <section aria-labelledby="notifications-heading" className="space-y-2">
          <h2 id="notifications-heading">Notifications</h2>
          <ul className="space-y-2" data-testid="notifications">
            {notifications.map((n) => (
              <li key={n.id} className="notice flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className="font-medium">{n.title}</p>
                  <p className="text-sm">
                    {n.body} {n.href && <Link href={n.href}>Go there</Link>}
                  </p>
                </div>
                <ActionForm action={dismissNotificationAction} fields={{ id: n.id }} label="Dismiss" ariaLabel={`Dismiss: ${n.title}`} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <section className="card space-y-1" aria-labelledby="next-session-heading" data-testid="next-session">
          <h2 id="next-session-heading" className="text-base">
            Next classroom session
          </h2>
          {session ? (
            <p className="text-sm">
              <Link href="/classroom">{session.title}</Link>: {formatSessionWhen(session.startsAt, session.days, session.dayMinutes)},{" "}
              {session.mode === "virtual" ? "online" : (session.location ?? "in person")}
            </p>
          ) : (
            <p className="text-sm text-slate-600">
              None booked. <Link href="/classroom">See the schedule</Link>.
            </p>
          )}
        </section>
        <section className="card space-y-1" aria-labelledby="expiry-heading" data-testid="next-expiry">
          <h2 id="expiry-heading" className="text-base">
            Certificate expiry
          </h2>
          {next ? (
            <p className="text-sm">
              <Link href={`/certificates/${next.id}`}>{next.achievementTitle}</Link> is valid until{" "}
              {next.validUntil.toISOString().slice(0, 10)} ({daysLeft} days left).
              {daysLeft <= 90 && (
                <>
                  {" "}
                  Time to <Link href={`/exams/${next.examSlug}`}>renew</Link>.
                </>
              )}
            </p>
          ) : (
            <p className="text-sm text-slate-600">No certificate in force.</p>
          )}
        </section>
      </div>
    </>
  );
}

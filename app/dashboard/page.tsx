import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { CourseProgressSummary } from "@/src/components/course-progress-summary";
import type { Role } from "@/src/modules/accounts/schema";
import { DashboardUpcoming } from "./dashboard-upcoming";
import { VerifyEmailBanner } from "./verify-email-banner";
import { JoinRequestNotice } from "./join-request-notice";

export const metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

const PANELS: Record<Role, { title: string; links: { href: string; label: string }[] }> = {
  LEARNER: {
    title: "Learner dashboard",
    links: [
      { href: "/courses", label: "Continue your course" },
      { href: "/labs", label: "Hands-on labs" },
      { href: "/exams", label: "Certification exams" },
      { href: "/certificates", label: "Your certificates" },
      { href: "/classroom", label: "Classroom sessions" },
    ],
  },
  TRAINER: {
    title: "Trainer dashboard",
    links: [
      { href: "/trainer", label: "Classroom sessions and cohorts" },
      { href: "/courses", label: "Course content" },
      { href: "/labs", label: "Labs" },
      { href: "/trainer/items", label: "Exam item statistics" },
    ],
  },
  PARTNER_MANAGER: {
    title: "Partner manager dashboard",
    links: [
      { href: "/partner", label: "Your organisation's certified staff" },
      { href: "/courses", label: "Courses" },
      { href: "/exams", label: "Exams" },
    ],
  },
  ADMIN: {
    title: "Admin dashboard",
    links: [
      { href: "/admin", label: "Administration" },
      { href: "/trainer", label: "Trainer tools" },
      { href: "/courses", label: "Courses" },
    ],
  },
};

export default async function DashboardPage() {
  const user = await requireUser();
  const panel = PANELS[user.role];
  return (
    <div className="space-y-6">
      <h1 data-testid="dashboard-title">{panel.title}</h1>
      <p>Welcome, {user.name}.</p>
      <VerifyEmailBanner userId={user.id} />
      <JoinRequestNotice userId={user.id} />
      <DashboardUpcoming userId={user.id} />
      <ul className="grid gap-3 md:grid-cols-3">
        {panel.links.map((link) => (
          <li key={link.href} className="card">
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
      <CourseProgressSummary userId={user.id} />
    </div>
  );
}

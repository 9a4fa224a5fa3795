import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { listLabs } from "@/src/modules/labs/catalog";
import { listSessionsForCatalogue } from "@/src/modules/labs/queries/report-progress";

export const metadata = { title: "Labs" };
export const dynamic = "force-dynamic";

const STATUS_LABEL: Record<string, string> = {
  provisioning: "Starting",
  ready: "Running",
  expired: "Expired",
  destroyed: "Finished",
  failed: "Failed to start",
};

export default async function LabsPage() {
  const user = await requireUser();
  const [labs, sessions] = await Promise.all([listLabs(), listSessionsForCatalogue(user.id)]);
  return (
    <div className="space-y-6">
      <header>
        <h1>Hands-on labs</h1>
        <p className="mt-2 text-slate-600">
          Each lab gives you a real shell on a workstation next to simulated cameras, in an isolated network of your own.
        </p>
      </header>
      {labs.length === 0 && <p className="notice">No labs are available yet.</p>}
      <ul className="grid gap-4 md:grid-cols-2" data-testid="lab-catalogue">
        {labs.map((lab) => {
          const latest = sessions.find((s) => s.labSlug === lab.slug);
          const passed = latest?.steps.filter((s) => s.passed).length ?? 0;
          const running = latest && (latest.status === "ready" || latest.status === "provisioning");
          const minutesLeft = running ? Math.max(0, Math.ceil((latest.expiresAt.getTime() - Date.now()) / 60_000)) : 0;
          return (
            <li key={lab.slug} className="card space-y-2" data-testid={`lab-${lab.slug}`}>
              <h2>
                <Link href={`/labs/${lab.slug}`}>{lab.title}</Link>
              </h2>
              <p className="text-sm text-slate-600">{lab.summary}</p>
              <p className="text-xs text-slate-500">
                {lab.level} · about {lab.durationMinutes} min · {lab.steps.length} steps
              </p>
              <p className="text-sm" data-testid="lab-status">
                {latest ? `${STATUS_LABEL[latest.status] ?? latest.status} · ${passed} of ${lab.steps.length} steps passed` : "Not started"}
              </p>
              {running && (
                <p className="text-sm font-medium text-emerald-800" data-testid="lab-running">
                  Already running: {minutesLeft} min left. <Link href={`/labs/${lab.slug}`}>Continue this lab</Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

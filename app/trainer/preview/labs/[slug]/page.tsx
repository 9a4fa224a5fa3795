import path from "node:path";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { loadLab, listLabDirs } from "@/src/modules/labs/load-lab";
import { checkLabContent } from "@/src/modules/labs/check-lab-content";
import { generateVariables } from "@/src/modules/labs/generate-variables";
import { renderInstructions } from "@/src/modules/labs/render-instructions";
import { PROSE } from "@/src/components/mdx/prose";
import { IssueList } from "../../issue-list";

export const metadata = { title: "Lab preview" };
export const dynamic = "force-dynamic";

export default async function LabPreviewPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireUser("TRAINER");
  const { slug } = await params;
  const dir = (await listLabDirs("labs")).find((d) => path.basename(d) === slug);
  if (!dir) notFound();
  const [{ lab }, allIssues] = await Promise.all([loadLab(dir), checkLabContent("labs")]);
  const issues = allIssues.filter((i) => i.file.startsWith(`labs/${slug}/`));
  // Sample values, as one learner would get them, so templated instructions read naturally.
  const vars = lab ? generateVariables(lab.variables) : {};
  let steps: Record<string, React.ReactNode> = {};
  let renderError: string | null = null;
  if (lab) {
    try {
      steps = await renderInstructions(lab, vars);
    } catch (error) {
      renderError = error instanceof Error ? error.message : String(error);
    }
  }
  return (
    <div className="space-y-4">
      <p>
        <Link href="/trainer/preview">← Content preview</Link>
      </p>
      <h1>{lab?.title ?? slug}</h1>
      {lab && (
        <p className="text-sm text-slate-600">
          {lab.summary} · {lab.level} · about {lab.durationMinutes} minutes · hosts{" "}
          {lab.hosts.map((h) => `${h.name} (${h.image})`).join(", ")}
        </p>
      )}
      <IssueList issues={issues} />
      {renderError && (
        <p className="notice" role="alert">
          The instructions do not render: {renderError}
        </p>
      )}
      {lab?.steps.map((step, i) => (
        <section key={step.id} className="card space-y-2">
          <h2>
            Step {i + 1}: {step.title}
          </h2>
          <p className="text-xs text-slate-500">
            check: <code>{step.check.script}</code> on {step.check.host} · solution: <code>{step.solve}</code> · {step.points} points
          </p>
          <div className={PROSE}>{steps[step.id]}</div>
          {step.hints.length > 0 && (
            <details>
              <summary className="text-sm">Hints ({step.hints.length})</summary>
              <ol className="ml-5 list-decimal text-sm">
                {step.hints.map((h, j) => (
                  <li key={j}>{h}</li>
                ))}
              </ol>
            </details>
          )}
        </section>
      ))}
    </div>
  );
}

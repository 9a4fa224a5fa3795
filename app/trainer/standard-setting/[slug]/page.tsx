import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { ActionForm } from "@/src/components/action-form";
import { adoptCutAction } from "@/src/modules/exams/actions";
import { describeStandard } from "@/src/modules/exams/standard-setting/set-standard";
import { RatingForm } from "./rating-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Standard setting" };
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export default async function StandardSettingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser("TRAINER");
  const described = await describeStandard(slug, user.id);
  if (!described) notFound();
  const { bank, own, outcome, adopted } = described;
  const flagged = new Set(outcome.ok ? outcome.cut.items.filter((i) => i.flagged).map((i) => i.itemHash) : []);
  return (
    <div className="space-y-4">
      <h1>Standard setting: {slug}</h1>
      <section className="card space-y-1" data-testid="standard-summary">
        <p>
          {adopted
            ? `Adopted: version ${adopted.version}, panel cut ${pct(adopted.panelCut)} (SE ${pct(adopted.standardError)}, ${adopted.raters} raters).`
            : "No standard adopted: attempts use the pass mark in exam.yaml."}
        </p>
        <p>
          {outcome.ok
            ? `The panel's ratings now: cut ${pct(outcome.cut.panelCut)}, standard error ${pct(outcome.cut.standardError)}, ${outcome.cut.raters} raters, ${flagged.size} questions flagged.`
            : `Not computable yet: ${outcome.error}`}
        </p>
        {user.role === "ADMIN" && outcome.ok && (
          <ActionForm
            action={adoptCutAction}
            fields={{ examSlug: slug }}
            label="Adopt this cut"
            className="btn"
            confirm="Grade attempts started from now on against this cut?"
          />
        )}
      </section>
      <RatingForm
        examSlug={slug}
        rows={bank.map((b) => ({
          itemId: b.itemId,
          itemHash: b.itemHash,
          stem: b.item.stem,
          own: own.get(b.itemHash) ?? null,
          flagged: flagged.has(b.itemHash),
        }))}
      />
    </div>
  );
}

import type { ReviewEntry } from "@/src/modules/exams/present-attempt";
import type { ReviewPolicy } from "@/src/modules/exams/schema";
import { MarkdownText } from "../../../../markdown-text";

/** The after-submit review as the exam's policy allows: keys and explanations only with "keys". */
export function ReviewList({
  review,
  policy,
  appealOf,
}: {
  review: ReviewEntry[];
  policy: ReviewPolicy;
  appealOf?: (position: number) => React.ReactNode;
}) {
  if (policy === "score-only") return null;
  return (
    <section className="space-y-3" data-testid="review">
      <h2>{policy === "keys" ? "Review" : "Items you got wrong"}</h2>
      {policy === "wrong-items" && (
        <p className="text-sm text-slate-600">
          {review.length === 0
            ? "You answered every item correctly."
            : "The correct answers are not shown, so that items stay fair for later attempts."}
        </p>
      )}
      {review.map((r) => (
        <article key={r.position} className={`card border-l-4 ${r.correct ? "border-l-emerald-600" : "border-l-red-600"}`}>
          <p className="text-sm text-slate-500">
            Question {r.position + 1} · {r.topic} · {r.correct ? "correct" : "incorrect"}
          </p>
          <MarkdownText text={r.stem} />
          <ul className="mt-2 space-y-1 text-sm">
            {(r.type === "ordering" && r.key ? r.key : r.options.map((_, i) => i)).map((i, n) => (
              <li key={i}>
                {r.type === "ordering" && r.key ? `${n + 1}. ` : r.key?.includes(i) ? "✔ " : "· "}
                {r.options[i]}
                {r.type !== "ordering" && r.given?.includes(i) ? <em className="ml-2 text-slate-500">(your answer)</em> : null}
              </li>
            ))}
          </ul>
          {r.type === "ordering" && r.given && (
            <p className="mt-1 text-sm text-slate-500">Your order: {r.given.map((i) => r.options[i]).join(" → ")}</p>
          )}
          {r.explanation && (
            <p className="mt-2 text-sm">
              <strong>Why:</strong> {r.explanation}
            </p>
          )}
          {appealOf?.(r.position)}
        </article>
      ))}
    </section>
  );
}

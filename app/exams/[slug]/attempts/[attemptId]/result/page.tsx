import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { getExam } from "@/src/modules/exams/get-exam";
import { loadAttemptSettled } from "@/src/modules/exams/finish-attempt";
import { presentReview } from "@/src/modules/exams/present-attempt";
import type { PaperEntry } from "@/src/modules/exams/draw-exam-items";
import type { TopicScore } from "@/src/modules/exams/grade-attempt";
import type { PracticalResult } from "@/src/modules/exams/grade-practical";
import { findCertificateByAttempt } from "@/src/modules/certificates/queries";
import { MarkdownText } from "../../../../markdown-text";

export const dynamic = "force-dynamic";
export const metadata = { title: "Exam result" };

export default async function ResultPage({ params }: { params: Promise<{ slug: string; attemptId: string }> }) {
  const { slug, attemptId } = await params;
  const user = await requireUser();
  const attempt = await loadAttemptSettled(attemptId);
  if (!attempt || (attempt.userId !== user.id && user.role !== "ADMIN") || attempt.examSlug !== slug) notFound();
  if (attempt.status === "in_progress") redirect(`/exams/${slug}/attempts/${attemptId}`);
  const loaded = await getExam(slug);
  const topics = JSON.parse(attempt.topicScores ?? "{}") as Record<string, TopicScore>;
  const practical = JSON.parse(attempt.practical ?? "[]") as PracticalResult[];
  const certificate = await findCertificateByAttempt(attempt.id);
  const review = loaded?.exam.review === "after-submit" ? presentReview(JSON.parse(attempt.paper) as PaperEntry[], loaded.itemsById, attempt.responses) : [];
  return (
    <div className="space-y-6">
      <h1>{loaded?.exam.title ?? slug}: result</h1>
      <section className="card space-y-2">
        <p className="text-2xl font-semibold" data-testid="result-status">{attempt.passed ? "Passed" : "Not passed"}</p>
        <p>Score <span data-testid="score">{attempt.scorePercent}%</span> (pass mark {loaded?.exam.passMark}%){attempt.status === "expired" ? ". Time ran out: the answers saved before the deadline were graded." : "."}</p>
        {certificate && <p><Link className="btn" href={`/certificates/${certificate.id}`}>View your certificate</Link></p>}
        {!attempt.passed && <p><Link href={`/exams/${slug}`}>See when you can retake the exam</Link></p>}
      </section>
      <section className="card">
        <h2>Score by topic</h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead><tr><th>Topic</th><th>Correct</th><th>Percent</th></tr></thead>
          <tbody>
            {Object.entries(topics).map(([topic, s]) => (
              <tr key={topic} className="border-t border-slate-100"><td className="py-1">{topic}</td><td>{s.correct} / {s.total}</td><td>{Math.round((100 * s.correct) / s.total)}%</td></tr>
            ))}
            {practical.map((p) => (
              <tr key={p.id} className="border-t border-slate-100"><td className="py-1">Practical: {p.title}</td><td>{p.stepsPassed.length} / {p.stepsTotal} steps</td><td>{p.earned} / {p.points} points</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      {review.length > 0 && (
        <section className="space-y-3">
          <h2>Review</h2>
          {review.map((r) => (
            <article key={r.position} className={`card border-l-4 ${r.correct ? "border-l-emerald-600" : "border-l-red-600"}`}>
              <p className="text-sm text-slate-500">Question {r.position + 1} · {r.topic} · {r.correct ? "correct" : "incorrect"}</p>
              <MarkdownText text={r.stem} />
              <ul className="mt-2 space-y-1 text-sm">
                {(r.type === "ordering" ? r.key : r.options.map((_, i) => i)).map((i, n) => (
                  <li key={i}>
                    {r.type === "ordering" ? `${n + 1}. ` : r.key.includes(i) ? "✔ " : "· "}{r.options[i]}
                    {r.type !== "ordering" && r.given?.includes(i) ? <em className="ml-2 text-slate-500">(your answer)</em> : null}
                  </li>
                ))}
              </ul>
              {r.type === "ordering" && r.given && <p className="mt-1 text-sm text-slate-500">Your order: {r.given.map((i) => r.options[i]).join(" → ")}</p>}
              <p className="mt-2 text-sm"><strong>Why:</strong> {r.explanation}</p>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}

import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { getExam } from "@/src/modules/exams/get-exam";
import { loadAttemptSettled } from "@/src/modules/exams/finish-attempt";
import { presentReview } from "@/src/modules/exams/present-attempt";
import { loadPaperItems } from "@/src/modules/exams/load-paper-items";
import { findCertificateByAttempt } from "@/src/modules/certificates/queries";
import { markAttemptReviewed } from "@/src/modules/exams/queries";
import { ReviewList } from "./review-list";
import { AppealItem } from "./appeal-item";
import { listAttemptAppeals } from "@/src/modules/exams/appeals/queries";
import { APPEAL_WINDOW_DAYS } from "@/src/modules/exams/appeals/file-appeal";

export const dynamic = "force-dynamic";
export const metadata = { title: "Exam result" };

export default async function ResultPage({ params }: { params: Promise<{ slug: string; attemptId: string }> }) {
  const { slug, attemptId } = await params;
  const user = await requireUser();
  const attempt = await loadAttemptSettled(attemptId);
  if (!attempt || (attempt.userId !== user.id && user.role !== "ADMIN") || attempt.examSlug !== slug) notFound();
  if (attempt.status === "in_progress") redirect(`/exams/${slug}/attempts/${attemptId}`);
  const loaded = await getExam(slug);
  const topics = attempt.topicScores ?? {};
  const practical = attempt.practical ?? [];
  const certificate = await findCertificateByAttempt(attempt.id);
  const paper = attempt.paper;
  // Reviewed as the candidate saw the items, even if a file was edited since.
  const review = loaded ? presentReview(paper, await loadPaperItems(paper, loaded.itemsById), attempt.responses, loaded.exam.review) : [];
  // The candidate has now read these items again: they are not drawn for them in a later attempt.
  if (review.length > 0 && attempt.userId === user.id) await markAttemptReviewed(attempt.id);
  const appeals = new Map((await listAttemptAppeals(attempt.id)).map((a) => [a.itemId, a]));
  const open = attempt.userId === user.id && Date.now() - attempt.submittedAt!.getTime() <= APPEAL_WINDOW_DAYS * 86_400_000;
  return (
    <div className="space-y-6">
      <h1>{loaded?.exam.title ?? slug}: result</h1>
      <section className="card space-y-2">
        <p className="text-2xl font-semibold" data-testid="result-status">
          {attempt.passed ? "Passed" : "Not passed"}
        </p>
        <p>
          Score <span data-testid="score">{attempt.scorePercent}%</span> (pass mark {attempt.passMarkPercent ?? loaded?.exam.passMark}%)
          {attempt.status === "expired" ? ". Time ran out: the answers saved before the deadline were graded." : "."}
        </p>
        {certificate && (
          <p>
            <Link className="btn" href={`/certificates/${certificate.id}`}>
              View your certificate
            </Link>
          </p>
        )}
        {!attempt.passed && (
          <p>
            <Link href={`/exams/${slug}`}>See when you can retake the exam</Link>
          </p>
        )}
      </section>
      <section className="card">
        <h2>Score by topic</h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr>
              <th>Topic</th>
              <th>Correct</th>
              <th>Percent</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(topics).map(([topic, s]) => (
              <tr key={topic} className="border-t border-slate-100">
                <td className="py-1">{topic}</td>
                <td>
                  {s.correct} / {s.total}
                </td>
                <td>{Math.round((100 * s.correct) / s.total)}%</td>
              </tr>
            ))}
            {practical.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <td className="py-1">Practical: {p.title}</td>
                <td>
                  {p.stepsPassed.length} / {p.stepsTotal} steps
                </td>
                <td>
                  {p.earned} / {p.points} points
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {loaded && (
        <ReviewList
          review={review}
          policy={loaded.exam.review}
          appealOf={(position) => (
            <AppealItem attemptId={attempt.id} position={position} appeal={appeals.get(paper[position].itemId)} open={open} />
          )}
        />
      )}
    </div>
  );
}

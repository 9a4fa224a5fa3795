import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { getExam } from "@/src/modules/exams/get-exam";
import { loadAttemptSettled } from "@/src/modules/exams/finish-attempt";
import { loadPaperItems } from "@/src/modules/exams/load-paper-items";
import { presentNavigator, presentQuestion } from "@/src/modules/exams/present-attempt";
import { secondsLeft } from "@/src/modules/exams/attempt-deadline";
import { MarkdownText } from "../../../markdown-text";
import { QuestionPanel } from "./question-panel";
import { Countdown } from "./countdown";
import { SubmitExamForm } from "./submit-exam-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Exam attempt" };

export default async function AttemptPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; attemptId: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const [{ slug, attemptId }, { q }] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const attempt = await loadAttemptSettled(attemptId);
  if (!attempt || attempt.userId !== user.id || attempt.examSlug !== slug) notFound();
  if (attempt.status !== "in_progress") redirect(`/exams/${slug}/attempts/${attemptId}/result`);
  const loaded = (await getExam(slug))!;
  const paper = attempt.paper;
  const position = Math.min(Math.max(Number.parseInt(q ?? "1", 10) || 1, 1), paper.length) - 1;
  const question = presentQuestion(paper, position, await loadPaperItems(paper, loaded.itemsById), attempt.responses);
  // Only if an item was deleted from the bank mid-attempt; it is graded as unanswered.
  const base = `/exams/${slug}/attempts/${attemptId}`;
  if (!question)
    return (
      <p className="notice">
        Question {position + 1} was withdrawn from the item bank and is not scored.{" "}
        <Link href={`${base}?q=${position + 2 > paper.length ? 1 : position + 2}`}>Continue</Link>
      </p>
    );
  const navigator = presentNavigator(paper, attempt.responses);
  const unanswered = navigator.filter((n) => !n.answered).length;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-xl">{loaded.exam.title}</h1>
          <Countdown seconds={secondsLeft(attempt.deadlineAt)} />
        </div>
        <section className="card space-y-4" aria-labelledby="question-heading">
          <h2 id="question-heading" className="text-base text-slate-500" data-testid="question-number">
            Question {position + 1} of {paper.length}
          </h2>
          <div data-testid="question-stem">
            <MarkdownText text={question.stem} className="text-lg" />
          </div>
          <QuestionPanel key={position} attemptId={attemptId} question={question} />
          <nav className="flex justify-between" aria-label="Previous and next question">
            {position > 0 ? (
              <Link className="btn-secondary" href={`${base}?q=${position}`}>
                Previous
              </Link>
            ) : (
              <span />
            )}
            {position + 1 < paper.length ? (
              <Link className="btn-secondary" href={`${base}?q=${position + 2}`}>
                Next
              </Link>
            ) : (
              <span />
            )}
          </nav>
        </section>
        {loaded.exam.practical.length > 0 && (
          <section className="card space-y-2">
            <h2>Practical part</h2>
            {loaded.exam.practical.map((t) => (
              <div key={t.id} className="text-sm">
                <p className="font-medium">
                  {t.title} ({t.points} points)
                </p>
                {t.description && <MarkdownText text={t.description} />}
                <p>
                  Open the{" "}
                  <Link href={`/labs/${t.lab}`} target="_blank">
                    {t.lab} lab
                  </Link>{" "}
                  in a new tab and complete it before you submit; graded steps: {t.steps.join(", ")}. Only a lab session started after this
                  exam began counts.
                </p>
              </div>
            ))}
          </section>
        )}
      </div>
      <aside className="space-y-4">
        <section className="card">
          <h2 className="text-base">Questions</h2>
          <ol className="mt-2 grid grid-cols-5 gap-1" aria-label="Question navigator">
            {navigator.map((n) => (
              <li key={n.position}>
                <Link
                  href={`${base}?q=${n.position + 1}`}
                  data-testid={`nav-q-${n.position + 1}`}
                  aria-current={n.position === position ? "page" : undefined}
                  aria-label={`Question ${n.position + 1}${n.answered ? ", answered" : ""}${n.flagged ? ", flagged" : ""}`}
                  className={`block rounded border py-1 text-center text-xs no-underline ${n.position === position ? "border-sky-800 ring-2 ring-sky-200" : "border-slate-300"} ${n.answered ? "bg-sky-100" : "bg-white"}`}
                >
                  {n.position + 1}
                  {n.flagged ? "⚑" : ""}
                </Link>
              </li>
            ))}
          </ol>
          <p className="mt-2 text-xs text-slate-500">Shaded: answered. ⚑ flagged for review.</p>
        </section>
        <SubmitExamForm attemptId={attemptId} unanswered={unanswered} />
      </aside>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/src/server/auth/guards";
import { getExam } from "@/src/modules/exams/get-exam";
import { loadEligibility } from "@/src/modules/exams/load-eligibility";
import { findAllowanceMinutes, listAttempts } from "@/src/modules/exams/queries";
import { listCertificatesForUsers } from "@/src/modules/certificates/queries";
import { StartForm } from "./start-form";

export const dynamic = "force-dynamic";

const date = (d: Date) => d.toISOString().slice(0, 10);

export default async function ExamPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const loaded = await getExam(slug);
  if (!loaded) notFound();
  const { exam } = loaded;
  const [eligibility, attempts, certificates, extra] = await Promise.all([
    loadEligibility(user.id, exam),
    listAttempts(user.id, slug),
    listCertificatesForUsers([user.id]).then((c) => c.filter((x) => x.examSlug === slug)),
    findAllowanceMinutes(user.id),
  ]);
  const questions = exam.blueprint.reduce((s, b) => s + b.count, 0);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-xs uppercase tracking-wide text-slate-500">{exam.programme}</p>
        <h1>{exam.title}</h1>
      </div>
      <section className="card space-y-3">
        <h2>How the exam works</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            {questions} questions drawn at random from the item bank across {exam.blueprint.length} topics, one per page; you can flag
            questions and move freely between them.
          </li>
          <li>
            {exam.timeLimitMinutes} minutes{extra ? ` plus ${extra} minutes of extra time granted to you` : ""}. The clock runs on the
            server: answers are saved as you go, and when time is up the exam is graded with what was saved.
          </li>
          {exam.practical.map((t) => (
            <li key={t.id}>
              Practical task ({t.points} points): {t.title} — done in the <code>{t.lab}</code> lab, started after you begin the exam.
            </li>
          ))}
          <li>
            Pass mark {exam.passMark}%. {exam.attemptsAllowed} attempts, {exam.cooldownHours} hours between attempts. The certificate is
            valid for {exam.validityYears} years.
          </li>
          {exam.prerequisites.courses.length > 0 && (
            <li>
              Prerequisite: complete{" "}
              {exam.prerequisites.courses.map((c) => (
                <Link key={c} href={`/courses/${c}`}>
                  {c}
                </Link>
              ))}
              {exam.prerequisites.classroomAttendance ? " and attend a classroom session" : ""}.
            </li>
          )}
        </ul>
        <div data-testid="exam-eligibility">
          {eligibility.kind === "resume" && (
            <Link className="btn" href={`/exams/${slug}/attempts/${eligibility.attemptId}`}>
              Resume your attempt
            </Link>
          )}
          {eligibility.kind === "eligible" && (
            <StartForm examSlug={slug} label={eligibility.renewal ? "Start renewal exam" : "Start the exam"} />
          )}
          {eligibility.kind === "blocked" && (
            <div className="notice">
              <p className="font-medium">You cannot start the exam yet.</p>
              <ul className="list-disc pl-5">
                {eligibility.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>
      {certificates.length > 0 && (
        <section className="card">
          <h2>Your certificates</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {certificates.map((c) => (
              <li key={c.id}>
                <Link href={`/certificates/${c.id}`}>Certificate issued {date(c.issuedAt)}</Link>, valid until {date(c.validUntil)}
                {c.revokedAt ? " — revoked" : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      {attempts.length > 0 && (
        <section className="card">
          <h2>Your attempts</h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr>
                <th>Started</th>
                <th>Status</th>
                <th>Score</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} className="border-t border-slate-100">
                  <td className="py-1">{a.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                  <td>
                    {a.status === "in_progress" ? "in progress" : a.passed ? "passed" : "not passed"}
                    {a.status === "expired" ? " (time ran out)" : ""}
                  </td>
                  <td>{a.scorePercent === null ? "—" : `${a.scorePercent}%`}</td>
                  <td>
                    {a.status === "in_progress" ? (
                      <Link href={`/exams/${slug}/attempts/${a.id}`}>Resume</Link>
                    ) : (
                      <Link href={`/exams/${slug}/attempts/${a.id}/result`}>Result</Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

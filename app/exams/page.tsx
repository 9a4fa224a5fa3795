import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { listExams } from "@/src/modules/exams/get-exam";

export const metadata = { title: "Certification exams" };
export const dynamic = "force-dynamic";

export default async function ExamsPage() {
  await requireUser();
  const exams = await listExams();
  return (
    <div className="space-y-6">
      <h1>Certification exams</h1>
      {exams.length === 0 && <p>No exams are published yet.</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {exams.map(({ exam, items }) => (
          <li key={exam.slug} className="card space-y-2">
            <p className="text-xs uppercase tracking-wide text-slate-500">{exam.programme}</p>
            <h2>
              <Link href={`/exams/${exam.slug}`}>{exam.title}</Link>
            </h2>
            <p className="text-sm text-slate-600">
              {exam.blueprint.reduce((s, b) => s + b.count, 0)} questions drawn from {items.length}, {exam.practical.length} practical task
              {exam.practical.length === 1 ? "" : "s"}, {exam.timeLimitMinutes} minutes, pass mark {exam.passMark}%.
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { listExams } from "@/src/modules/exams/get-exam";

export const dynamic = "force-dynamic";
export const metadata = { title: "Standard setting" };

export default async function StandardSettingIndex() {
  await requireUser("TRAINER");
  const exams = await listExams();
  return (
    <div className="space-y-4">
      <h1>Standard setting</h1>
      <p className="text-sm text-slate-600">
        Modified Angoff: for each question, the percentage of minimally competent installers who would answer it right. Every trainer rates
        every question; an admin adopts the panel&apos;s cut, which grades attempts started from then on.
      </p>
      <ul className="list-disc pl-6">
        {exams.map((e) => (
          <li key={e.exam.slug}>
            <Link href={`/trainer/standard-setting/${e.exam.slug}`}>{e.exam.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

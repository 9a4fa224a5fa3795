import Link from "next/link";
import { requireUser } from "@/src/server/auth/guards";
import { loadCourses } from "@/src/modules/courses/load-courses";
import { checkCourses } from "@/src/modules/courses/check-courses";
import { checkLabContent } from "@/src/modules/labs/check-lab-content";
import { listLabDirs } from "@/src/modules/labs/load-lab";
import { checkPartnerContent } from "@/src/modules/partners/load-partner-config";
import { IssueList } from "./issue-list";

export const metadata = { title: "Content preview" };
export const dynamic = "force-dynamic";

// Reads the working tree on every request (no caches), so a trainer sees their edits at once.
export default async function PreviewPage() {
  await requireUser("TRAINER");
  const root = process.cwd();
  const [{ courses }, courseIssues, labIssues, labDirs] = await Promise.all([
    loadCourses(root),
    checkCourses(root),
    checkLabContent("labs"),
    listLabDirs("labs"),
  ]);
  const issues = [...courseIssues, ...labIssues, ...checkPartnerContent(root)];
  const count = (file: string) => issues.filter((i) => i.file === file).length;
  return (
    <div className="space-y-4">
      <h1>Content preview</h1>
      <p className="text-sm text-slate-600">
        Lessons and labs as they are in the working tree now, with the content checker&apos;s messages.
      </p>
      <section className="card space-y-2">
        <h2>Problems ({issues.length})</h2>
        <IssueList issues={issues} empty="The content checker finds no problems." />
      </section>
      {courses.map((course) => (
        <section key={course.slug} className="card">
          <h2>{course.title}</h2>
          {course.modules.map((m) => (
            <div key={m.slug} className="mt-3">
              <h3 className="font-medium">
                Day {m.day} · {m.title}
              </h3>
              <ul className="ml-5 list-disc text-sm">
                {course.lessons
                  .filter((l) => l.moduleSlug === m.slug)
                  .map((l) => (
                    <li key={l.slug}>
                      <Link href={`/trainer/preview/lessons/${course.slug}/${l.slug}`}>{l.title}</Link>
                      {count(l.file) > 0 && <span className="ml-2 text-red-800">{count(l.file)} problem(s)</span>}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <section className="card">
        <h2>Labs</h2>
        <ul className="ml-5 list-disc text-sm">
          {labDirs.map((dir) => {
            const slug = dir.split("/").pop()!;
            const n = issues.filter((i) => i.file.startsWith(`labs/${slug}/`)).length;
            return (
              <li key={dir}>
                <Link href={`/trainer/preview/labs/${slug}`}>{slug}</Link>
                {n > 0 && <span className="ml-2 text-red-800">{n} problem(s)</span>}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { findCourse, listCourses } from "@/src/modules/courses/course-catalogue";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listCourses()).map((c) => ({ course: c.slug }));
}

type Params = { params: Promise<{ course: string }> };

export async function generateMetadata({ params }: Params) {
  const course = await findCourse((await params).course);
  return { title: course ? `Glossary · ${course.title}` : "Glossary" };
}

export default async function GlossaryPage({ params }: Params) {
  const course = await findCourse((await params).course);
  if (!course) notFound();
  const letters = [...new Set(course.glossary.map((t) => t.term[0].toUpperCase()))];
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/courses/${course.slug}`}>{course.title}</Link>
      </p>
      <h1>Glossary</h1>
      <nav aria-label="Letters" className="flex flex-wrap gap-2 text-sm">
        {letters.map((letter) => (
          <a key={letter} href={`#letter-${letter}`}>
            {letter}
          </a>
        ))}
      </nav>
      <dl className="space-y-4">
        {course.glossary.map((term, i) => (
          <div
            key={term.id}
            id={
              term.term[0].toUpperCase() !== course.glossary[i - 1]?.term[0].toUpperCase()
                ? `letter-${term.term[0].toUpperCase()}`
                : undefined
            }
            className="scroll-mt-6"
          >
            <dt id={term.id} className="scroll-mt-6 font-semibold target:bg-amber-100">
              {term.term}
            </dt>
            <dd className="mt-1 text-slate-700">{term.definition}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import Link from "next/link";
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import type { MDXComponents } from "mdx/types";
import { remarkHeadingIds } from "@/src/modules/courses/heading-ids";
import type { Course, Lesson } from "@/src/modules/courses/load-courses";
import { getLab } from "@/src/modules/labs/catalog";
import { Callout } from "./callout";
import { Figure } from "./figure";
import { KnowledgeCheck } from "./knowledge-check";
import { LabLink } from "./lab-link";
import { Steps } from "./steps";
import { Term } from "./term";

// The labs module owns lab.yaml; if it cannot say (lab not built yet), show the slug as words.
async function labTitle(slug: string) {
  const fallback = slug.charAt(0).toUpperCase() + slug.slice(1).replaceAll("-", " ");
  try {
    return (await getLab(slug))?.title ?? fallback;
  } catch {
    return fallback;
  }
}

/** The components a lesson may use (the content checker refuses any other tag). */
function lessonComponents(course: Course): MDXComponents {
  const definitions = new Map(course.glossary.map((t) => [t.id, t.definition]));
  let terms = 0;
  return {
    Callout,
    Figure,
    Steps,
    Term: ({ id, children }: { id: string; children?: React.ReactNode }) => (
      <Term href={`/courses/${course.slug}/glossary#${id}`} definition={definitions.get(id)} tooltipId={`term-${id}-${++terms}`}>
        {children}
      </Term>
    ),
    // Only the question reaches the browser; answer and explanation stay in the lesson file.
    KnowledgeCheck: ({ id, question, options, multiple }: { id: string; question: string; options: string[]; multiple?: boolean }) => (
      <KnowledgeCheck courseSlug={course.slug} id={id} question={question} options={options} multiple={Boolean(multiple)} />
    ),
    LabLink: async ({ lab }: { lab: string }) => <LabLink lab={lab} title={await labTitle(lab)} />,
    a: ({ href = "", children }: { href?: string; children?: React.ReactNode }) =>
      href.startsWith("/") ? (
        <Link href={href}>{children}</Link>
      ) : (
        <a href={href} rel="noreferrer" target={href.startsWith("#") ? undefined : "_blank"}>
          {children}
        </a>
      ),
  } as MDXComponents;
}

/** Renders a lesson's MDX on the server (at build time for the static lesson pages). */
export async function LessonContent({ course, lesson }: { course: Course; lesson: Lesson }) {
  const { default: Content } = await evaluate(lesson.body, { ...runtime, remarkPlugins: [remarkGfm, remarkHeadingIds] });
  return <Content components={lessonComponents(course)} />;
}

import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/src/modules/content/content-issue";
import { checkCourses } from "./check-courses";
import { loadCourses } from "./load-courses";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const dir = "content/courses/broken";

describe("courses content checker", () => {
  it("accepts a course that uses every component correctly", async () => {
    expect(await checkCourses(fixture("valid"))).toEqual([]);
  });

  it("loads lessons in course order with headings, checks and glossary", async () => {
    const { courses } = await loadCourses(fixture("valid"));
    const demo = courses[0];
    expect(demo.lessons.map((l) => l.slug)).toEqual(["first-steps", "second-steps", "going-further"]);
    expect(demo.lessons[2].headings).toEqual([
      { depth: 2, text: "Further", id: "further" },
      { depth: 3, text: "Deeper", id: "deeper" },
    ]);
    const multiple = demo.lessons[1].checks[0];
    expect(multiple).toMatchObject({ id: "kc-basics-two", multiple: true, answer: [0, 2], line: 12 });
    expect(demo.glossary.map((t) => t.id)).toEqual(["sbom"]);
  });

  it("reports each kind of problem at the right file:line", async () => {
    const reported = (await checkCourses(fixture("broken"))).map(formatIssue);
    const expected = [
      [`${dir}/course.yaml:14`, 'objective "never-checked" is not listed by any lesson'],
      [`${dir}/course.yaml:14`, 'objective "never-checked" is not covered by any KnowledgeCheck'],
      [`${dir}/course.yaml:22`, "lesson file content/courses/broken/lessons/not-written-yet.mdx is missing"],
      [`${dir}/course.yaml:23`, 'duplicate module slug "basics"'],
      [`${dir}/glossary/terms.yaml:5`, 'duplicate glossary term id "sbom"'],
      [`${dir}/lessons/bad-check.mdx:8`, "<KnowledgeCheck> answer: answer index out of range"],
      [`${dir}/lessons/bad-frontmatter.mdx:4`, "minutes:"],
      [`${dir}/lessons/broken-references.mdx:8`, "broken link /courses/broken/no-such-lesson"],
      [`${dir}/lessons/broken-references.mdx:10`, "broken link /labs/no-such-lab"],
      [`${dir}/lessons/broken-references.mdx:12`, '<LabLink> lab "no-such-lab" does not exist'],
      [`${dir}/lessons/broken-references.mdx:14`, '<Term> "no-such-term" is not in the glossary'],
      [`${dir}/lessons/broken-references.mdx:16`, "<Figure> public/figures/missing.svg does not exist"],
      [`${dir}/lessons/broken-references.mdx:18`, 'duplicate KnowledgeCheck id "kc-basics"'],
      [`${dir}/lessons/orphan.mdx:1`, "lesson is not listed in any module"],
      [`${dir}/lessons/syntax-error.mdx:10`, "MDX syntax error: Expected a closing tag for `<Callout>`"],
      [`${dir}/lessons/unknown-component.mdx:10`, "unknown component <Video>"],
      [`${dir}/lessons/wrong-objective.mdx:7`, 'objective "more-basics" is not an objective of module "basics"'],
    ];
    for (const [where, message] of expected) {
      expect(reported, `${where}: ${message}`).toContainEqual(expect.stringMatching(new RegExp(`^${escape(where)}: .*${escape(message)}`)));
    }
  });

  it("refuses imports, expressions and non-literal props", async () => {
    const { analyseLesson } = await import("./analyse-lesson");
    const body = 'import X from "x"\n\n{1 + 1}\n\n<Term id={someVariable}>x</Term>\n\n<div>raw html</div>\n';
    const issues = analyseLesson(body, "lesson.mdx").issues.map(formatIssue);
    expect(issues).toEqual([
      expect.stringMatching(/^lesson\.mdx:1: import\/export is not allowed/),
      expect.stringMatching(/^lesson\.mdx:3: JavaScript expressions/),
      expect.stringMatching(/^lesson\.mdx:5: <Term> id: only literal values/),
      expect.stringMatching(/^lesson\.mdx:7: unknown component <div>/),
    ]);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

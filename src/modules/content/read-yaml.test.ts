import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readYaml, zodIssues } from "./read-yaml";
import { splitFrontmatter } from "./split-frontmatter";

describe("readYaml", () => {
  it("maps a value's path to its line, offset by the lines before the YAML", () => {
    const yaml = readYaml("title: x\nitems:\n  - a\n  - b\n", "f.mdx", 1);
    expect(yaml.lineOf(["items", 1])).toBe(5);
    expect(yaml.lineOf(["missing", "deeper"])).toBe(2); // falls back to the document
  });

  it("reports syntax errors and duplicate keys with their line", () => {
    expect(readYaml("a: 1\nb: [1, 2\n", "f.yaml").issues[0]).toMatchObject({ file: "f.yaml", line: expect.any(Number), message: expect.stringMatching(/^YAML: /) });
    expect(readYaml("a: 1\na: 2\n", "f.yaml").issues[0]).toMatchObject({ line: 2 });
  });

  it("turns zod problems into file:line issues", () => {
    const yaml = readYaml("name: ok\nage: old\n", "p.yaml");
    const parsed = z.object({ name: z.string(), age: z.number() }).safeParse(yaml.value);
    expect(zodIssues(parsed.error!, "p.yaml", yaml.lineOf)).toEqual([{ file: "p.yaml", line: 2, message: expect.stringMatching(/^age: /) }]);
  });
});

describe("splitFrontmatter", () => {
  it("keeps body line numbers equal to file line numbers", () => {
    const { frontmatter, body } = splitFrontmatter("---\ntitle: T\n---\n\n# Heading\n");
    expect(frontmatter).toBe("title: T");
    expect(body.split("\n")[4]).toBe("# Heading");
  });
  it("returns null without frontmatter", () => {
    expect(splitFrontmatter("# Only a body\n").frontmatter).toBeNull();
  });
});

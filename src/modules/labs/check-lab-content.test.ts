import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkLabContent } from "./check-lab-content";
import { FIXTURE_LABS_DIR } from "./lab-config";

const tmp: string[] = [];
afterEach(async () => Promise.all(tmp.splice(0).map((d) => fs.rm(d, { recursive: true, force: true }))));

async function copyFixture(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "labs-"));
  tmp.push(root);
  await fs.cp(FIXTURE_LABS_DIR, root, { recursive: true });
  return root;
}

describe("checkLabContent", () => {
  it("accepts the fixture lab", async () => {
    expect(await checkLabContent(FIXTURE_LABS_DIR)).toEqual([]);
  });

  it("reports schema errors with the file and line", async () => {
    const root = await copyFixture();
    const file = path.join(root, "terminal-basics/lab.yaml");
    const text = await fs.readFile(file, "utf8");
    const lines = text.split("\n");
    await fs.writeFile(file, text.replace("level: beginner", "level: expert"));
    const issues = await checkLabContent(root);
    expect(issues).toContainEqual(
      expect.objectContaining({ line: lines.findIndex((l) => l.startsWith("level:")) + 1, message: expect.stringContaining("level") }),
    );
    expect(issues[0].file).toMatch(/terminal-basics\/lab\.yaml$/u);
    // Cross-field rules (hosts named by checks) run once the fields themselves are valid.
    await fs.writeFile(
      file,
      text.replace(
        "check: { script: checks/02-protect-note.sh, collect: [~/notes.txt] }",
        "check: { host: camera, script: checks/02-protect-note.sh }",
      ),
    );
    expect(await checkLabContent(root)).toContainEqual(
      expect.objectContaining({
        line: lines.findIndex((l) => l.includes("checks/02-protect-note.sh")) + 1,
        message: expect.stringContaining('unknown host "camera"'),
      }),
    );
  });

  it("reserves the grader, bounds collect paths and keeps grader checks off the learner's home", async () => {
    const root = await copyFixture();
    const file = path.join(root, "terminal-basics/lab.yaml");
    const text = await fs.readFile(file, "utf8");
    const messagesFor = async (yaml: string) => {
      await fs.writeFile(file, yaml);
      return (await checkLabContent(root)).map((i) => i.message);
    };
    expect(await messagesFor(text.replace("  - name: server", "  - name: grader"))).toContainEqual(
      expect.stringContaining('"grader" is reserved'),
    );
    for (const bad of ["~/../etc/shadow", "/etc/passwd", "~/", "~/a/./b"])
      expect(await messagesFor(text.replace("collect: [~/notes.txt] }", `collect: ["${bad}"] }`)), bad).not.toEqual([]);
    expect(
      await messagesFor(
        text.replace(
          "check: { script: checks/01-write-note.sh, collect: [~/notes.txt] }",
          "check: { host: workstation, script: checks/01-write-note.sh, collect: [~/notes.txt] }",
        ),
      ),
    ).toContainEqual(expect.stringContaining("collect only works for checks on the grader"));
    await fs.writeFile(path.join(root, "terminal-basics/checks/01-write-note.sh"), "#!/bin/sh\ngrep -q x /home/learner/notes.txt\n");
    expect(await messagesFor(text)).toContainEqual(expect.stringContaining("runs in the grader: read learner files as $HOME"));
  });

  it("reports missing files, unknown variables and bad MDX", async () => {
    const root = await copyFixture();
    await fs.rm(path.join(root, "terminal-basics/solve/02-protect-note.sh"));
    const file = path.join(root, "terminal-basics/lab.yaml");
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace('"{{SERIAL}}"', '"{{SERIEL}}"'));
    await fs.appendFile(path.join(root, "terminal-basics/steps/01-write-note.mdx"), "\n\n<Broken\n");
    const messages = (await checkLabContent(root)).map((i) => `${path.basename(i.file)}:${i.line}: ${i.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^lab\.yaml:\d+: solve\/02-protect-note\.sh does not exist$/u));
    expect(messages).toContainEqual(expect.stringMatching(/^lab\.yaml:\d+: unknown variable \{\{SERIEL\}\}$/u));
    await fs.writeFile(path.join(root, "terminal-basics/solve/02-protect-note.sh"), "#!/bin/sh\n");
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace('"{{SERIEL}}"', '"{{SERIAL}}"'));
    const mdx = (await checkLabContent(root)).map((i) => `${path.basename(i.file)}:${i.line}: ${i.message}`);
    expect(mdx).toHaveLength(1);
    expect(mdx[0]).toMatch(/^01-write-note\.mdx:\d+: /u);
  });

  it("reports YAML syntax errors and a missing terminal host", async () => {
    const root = await copyFixture();
    const file = path.join(root, "terminal-basics/lab.yaml");
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace("terminal: true", "terminal: false"));
    expect((await checkLabContent(root)).map((i) => i.message)).toContainEqual(
      expect.stringContaining("exactly one host needs terminal: true"),
    );
    await fs.writeFile(file, "slug: [unclosed\n");
    const [issue] = await checkLabContent(root);
    expect(issue.line).toBeGreaterThanOrEqual(1);
  });
});

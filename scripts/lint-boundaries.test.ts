// The architecture rules in eslint.config.mjs, proved on snippets that break them (and on ones that do not).
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();
async function messages(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.map((m) => m.message);
}

describe("import boundaries", () => {
  it("keeps the db out of routes, UI and non-query module files", async () => {
    for (const file of ["app/probe/page.tsx", "src/components/probe.tsx", "src/modules/courses/probe.ts"]) {
      expect(await messages(file, 'import { db } from "@/src/server/db";\nexport const x = db;\n'), file).toEqual([
        expect.stringMatching(/Only queries files/u),
      ]);
    }
    expect(await messages("src/modules/courses/queries.ts", 'import { db } from "@/src/server/db";\nexport const x = db;\n')).toEqual([]);
  });

  it("keeps Docker inside labs/runtime and the runtime out of routes and UI", async () => {
    const docker = 'import Modem from "docker-modem";\nexport const m = Modem;\n';
    expect(await messages("src/modules/labs/provision-probe.ts", docker)).toEqual([
      expect.stringMatching(/Only src\/modules\/labs\/runtime/u),
    ]);
    expect(await messages("src/modules/labs/runtime/probe.ts", docker)).toEqual([]);
    const runtime = 'import { labRuntime } from "@/src/modules/labs/runtime";\nexport const r = labRuntime;\n';
    expect(await messages("app/api/probe/route.ts", runtime)).toEqual([expect.stringMatching(/lab runtime/u)]);
  });

  it("keeps modules from importing routes, and 'use server' in actions.ts", async () => {
    expect(await messages("src/modules/exams/probe.ts", 'import Page from "@/app/page";\nexport const p = Page;\n')).toEqual([
      expect.stringMatching(/never import routes/u),
    ]);
    const action = '"use server";\nexport async function go() {}\n';
    expect(await messages("src/modules/exams/queries.ts", action)).toEqual([expect.stringMatching(/only in actions\.ts/u)]);
    expect(await messages("src/modules/exams/actions.ts", action)).toEqual([]);
  });

  it("links to /api/ endpoints with plain anchors, never with <Link>", async () => {
    const page = (href: string) => `import Link from "next/link";\nexport const P = () => <Link href=${href}>x</Link>;\n`;
    expect(await messages("app/probe/page.tsx", page('"/api/verify/abc"'))).toEqual([expect.stringMatching(/plain <a>/u)]);
    expect(await messages("app/probe/page.tsx", page("{`/api/verify/${1}`}"))).toEqual([expect.stringMatching(/plain <a>/u)]);
    expect(await messages("app/probe/page.tsx", page('"/verify/abc"'))).toEqual([]);
  });
});

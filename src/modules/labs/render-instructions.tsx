import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { evaluate } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import * as runtime from "react/jsx-runtime";
import type { ReactNode } from "react";
import { renderTemplate } from "./generate-variables";
import type { Lab } from "./schema";

type MdxComponent = Awaited<ReturnType<typeof evaluate>>["default"];
const cache = new Map<string, Promise<MdxComponent>>();
const MAX_CACHED = 500;

/** Compiles a step's MDX with the learner's variables filled in; compiled output is cached by content. */
async function compileStep(source: string): Promise<MdxComponent> {
  const key = createHash("sha256").update(source).digest("hex");
  let compiled = cache.get(key);
  if (!compiled) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    compiled = evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] }).then((m) => m.default);
    compiled.catch(() => cache.delete(key));
    cache.set(key, compiled);
  }
  return compiled;
}

/** Every step's instructions as React elements, in order. */
export async function renderInstructions(lab: Lab, vars: Record<string, string>): Promise<Record<string, ReactNode>> {
  const entries = await Promise.all(
    lab.steps.map(async (step) => {
      const source = renderTemplate(await fs.readFile(path.join(lab.dir, step.instructions), "utf8"), vars);
      const Content = await compileStep(source);
      return [step.id, <Content key={step.id} />] as const;
    }),
  );
  return Object.fromEntries(entries);
}

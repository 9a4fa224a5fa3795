import { randomInt } from "node:crypto";
import type { VariableSpec } from "./schema";

type Generator<K extends VariableSpec["kind"]> = (spec: Extract<VariableSpec, { kind: K }>) => string;

const chars = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");

// One generator per variable kind (a lookup table, so a new kind is one entry).
const GENERATORS: { [K in VariableSpec["kind"]]: Generator<K> } = {
  hex: (s) => s.prefix + (s.upper ? chars("0123456789ABCDEF", s.length) : chars("0123456789abcdef", s.length)),
  digits: (s) => s.prefix + chars("0123456789", s.length),
  pick: (s) => s.from[randomInt(s.from.length)],
  number: (s) => String(randomInt(s.min, s.max + 1)),
};

/** Fresh per-learner values, generated once when a session is provisioned. */
export function generateVariables(specs: Record<string, VariableSpec>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, (GENERATORS[spec.kind] as Generator<typeof spec.kind>)(spec as never)]),
  );
}

/** Replaces {{NAME}} with the session's value; unknown names stay visible so mistakes show. */
export function renderTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*([A-Z][A-Z0-9_]*)\s*\}\}/gu, (match, name: string) => vars[name] ?? match);
}

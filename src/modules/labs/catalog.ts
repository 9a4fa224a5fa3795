import { listLabDirs, loadLab } from "./load-lab";
import { labConfig } from "./lab-config";
import type { Lab } from "./schema";

let cache: { at: number; roots: string; labs: Lab[] } | undefined;
const TTL_MS = process.env.NODE_ENV === "production" ? 60_000 : 1_000;

/** Every valid lab under the configured roots (invalid ones are left out; `npm run labs:check` names them). */
export async function listLabs(roots = labConfig().labRoots): Promise<Lab[]> {
  const key = roots.join("|");
  if (cache && cache.roots === key && Date.now() - cache.at < TTL_MS) return cache.labs;
  const labs: Lab[] = [];
  for (const root of roots) {
    for (const dir of await listLabDirs(root)) {
      const { lab } = await loadLab(dir);
      if (lab && !labs.some((l) => l.slug === lab.slug)) labs.push(lab);
    }
  }
  cache = { at: Date.now(), roots: key, labs };
  return labs;
}

export async function getLab(slug: string, roots?: string[]): Promise<Lab | undefined> {
  return (await listLabs(roots)).find((l) => l.slug === slug);
}

import { cacheContent } from "@/src/modules/content/cache-content";
import { listLabDirs, loadLab } from "./load-lab";
import { labConfig } from "./lab-config";
import type { Lab } from "./schema";

/** Every valid lab under the configured roots (invalid ones are left out; `npm run labs:check` names them). */
export function listLabs(roots = labConfig().labRoots): Promise<Lab[]> {
  return cacheContent(`labs:${roots.join("|")}`, () => readLabs(roots));
}

async function readLabs(roots: string[]): Promise<Lab[]> {
  const labs: Lab[] = [];
  for (const root of roots) {
    for (const dir of await listLabDirs(root)) {
      const { lab } = await loadLab(dir);
      if (lab && !labs.some((l) => l.slug === lab.slug)) labs.push(lab);
    }
  }
  return labs;
}

export async function getLab(slug: string, roots?: string[]): Promise<Lab | undefined> {
  return (await listLabs(roots)).find((l) => l.slug === slug);
}

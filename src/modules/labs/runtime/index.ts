import { createDockerLabRuntime } from "./docker-lab-runtime";
import type { LabRuntime } from "./lab-runtime";

export type { LabRuntime } from "./lab-runtime";

// One runtime per (process, owner). Kept on globalThis so Next's dev reloads do not multiply it.
const registry = globalThis as unknown as { academyLabRuntimes?: Map<string, LabRuntime> };

export function labRuntime(owner: string): LabRuntime {
  registry.academyLabRuntimes ??= new Map();
  let runtime = registry.academyLabRuntimes.get(owner);
  if (!runtime) registry.academyLabRuntimes.set(owner, (runtime = createDockerLabRuntime(owner)));
  return runtime;
}

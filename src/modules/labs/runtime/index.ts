import { z } from "zod";
import { createDockerLabRuntime } from "./docker-lab-runtime";
import type { LabRuntime } from "./lab-runtime";
import { createDockerWorkScheduler, DEFAULT_DOCKER_CONCURRENCY } from "./schedule-docker-work";
import { createSwarmLabRuntime } from "./swarm-lab-runtime";

export type { LabRuntime } from "./lab-runtime";

// Engine calls in flight at once while labs start (schedule-docker-work.ts). About the engine's CPU count: on
// the 2-core reference machine 12 starts in a second gave shell p95 13.4 s at 2, 22.4 s at 4, 37.2 s unbounded.
const concurrency = z.coerce.number().int().min(1).max(64).default(DEFAULT_DOCKER_CONCURRENCY);
// docker: the one engine at DOCKER_HOST (default). swarm: DOCKER_HOST is a Swarm manager (swarm-lab-runtime.ts).
const labEngine = z.enum(["docker", "swarm"], { message: 'LAB_ENGINE must be "docker" or "swarm"' }).default("docker");

// One runtime per (process, owner). Kept on globalThis so Next's dev reloads do not multiply it.
const registry = globalThis as unknown as { academyLabRuntimes?: Map<string, LabRuntime> };

/** The runtime's own settings; a bad value throws naming the variable (checked at start-up too). */
export function runtimeSettings(source: NodeJS.ProcessEnv = process.env) {
  const s = z
    .object({ LAB_DOCKER_CONCURRENCY: concurrency, LAB_ENGINE: labEngine })
    .parse({ LAB_DOCKER_CONCURRENCY: source.LAB_DOCKER_CONCURRENCY, LAB_ENGINE: source.LAB_ENGINE || undefined });
  return { concurrency: s.LAB_DOCKER_CONCURRENCY, engine: s.LAB_ENGINE };
}

export function labRuntime(owner: string): LabRuntime {
  registry.academyLabRuntimes ??= new Map();
  let runtime = registry.academyLabRuntimes.get(owner);
  if (!runtime) {
    const settings = runtimeSettings();
    const scheduler = createDockerWorkScheduler(settings.concurrency);
    const create = settings.engine === "swarm" ? createSwarmLabRuntime : createDockerLabRuntime;
    registry.academyLabRuntimes.set(owner, (runtime = create(owner, scheduler)));
  }
  return runtime;
}

/** Serves `runtime` for `owner` from now on (tests: an in-memory runtime); returns the undo. */
export function provideLabRuntime(owner: string, runtime: LabRuntime): () => void {
  const runtimes = (registry.academyLabRuntimes ??= new Map());
  const before = runtimes.get(owner);
  runtimes.set(owner, runtime);
  return () => void (before ? runtimes.set(owner, before) : runtimes.delete(owner));
}

import Modem from "docker-modem";
import { z } from "zod";

// LAB_ENGINE=swarm: the manager is DOCKER_HOST (docker-engine.ts); each node's own engine, where a task's
// container is exec'd into, comes from LAB_SWARM_NODES ("name=unix:///path,name2=tcp://host:2376"), the
// name matching the node engine's `academy.node` label. Images are referenced through LAB_SWARM_REGISTRY.
const engineUrl = z.string().regex(/^(unix:\/\/\/\S+|tcp:\/\/[\w.-]+:\d+)$/u, "must be unix:///path or tcp://host:port");
const swarmEnv = z.object({
  LAB_SWARM_NODES: z
    .string({ message: "LAB_SWARM_NODES is required with LAB_ENGINE=swarm (scripts/lab-cluster.sh env prints it)" })
    .transform((s) => s.split(",").map((pair) => pair.trim().split("=")))
    .pipe(z.array(z.tuple([z.string().regex(/^[\w.-]+$/u, "node names are [A-Za-z0-9_.-]"), engineUrl])).min(1)),
  LAB_SWARM_REGISTRY: z
    .string({ message: "LAB_SWARM_REGISTRY is required with LAB_ENGINE=swarm" })
    .regex(/^[\w.-]+(:\d+)?$/u, "must be host[:port]"),
});

/** `manager` is DOCKER_HOST of `source` (docker-modem reads the environment itself when it is unset). */
export type SwarmConfig = { registry: string; manager: Modem; nodes: Map<string, Modem> };

function modemFor(url: string): Modem {
  if (url.startsWith("unix://")) return new Modem({ socketPath: url.slice("unix://".length) });
  const { hostname, port } = new URL(url.replace(/^tcp:/u, "http:"));
  return new Modem({ host: hostname, port: Number(port), protocol: "http" });
}

export function readSwarmConfig(source: Record<string, string | undefined> = process.env): SwarmConfig {
  const parsed = swarmEnv.safeParse(source);
  if (!parsed.success)
    throw new Error(`LAB_ENGINE=swarm: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return {
    registry: parsed.data.LAB_SWARM_REGISTRY,
    manager: source.DOCKER_HOST ? modemFor(engineUrl.parse(source.DOCKER_HOST)) : new Modem(),
    nodes: new Map(parsed.data.LAB_SWARM_NODES.map(([n, url]) => [n, modemFor(url)])),
  };
}

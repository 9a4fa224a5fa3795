import { dockerCall } from "./docker-engine";
import { execCollect, execTty } from "./docker-exec";
import { gatewayOf } from "./allocate-subnet";
import { LABEL, containerName, networkName } from "./container-body";
import { beginProvision, labelFilter } from "./begin-provision";
import { copyFiles } from "./copy-files";
import { pingEngine } from "./ping-engine";
import { createDockerWorkScheduler, DEFAULT_DOCKER_CONCURRENCY } from "./schedule-docker-work";
import type { HostSpec, LabRuntime, LabelledSession } from "./lab-runtime";
import { createTaskLocator } from "./swarm/locate-task";
import { readSwarmConfig, type SwarmConfig } from "./swarm/read-swarm-config";
import { removeSession } from "./swarm/remove-session";
import { serviceBody } from "./swarm/service-body";

// LAB_ENGINE=swarm: a session is one internal, attachable overlay plus one service per lab host, created
// through the manager (DOCKER_HOST); terminals, checks and copies go to the engine of the task's node.

type Labelled = { Id: string; ID?: string; Name?: string; Labels?: Record<string, string>; Spec?: { Labels: Record<string, string> } };

export function createSwarmLabRuntime(
  owner: string,
  scheduler = createDockerWorkScheduler(DEFAULT_DOCKER_CONCURRENCY),
  config: SwarmConfig = readSwarmConfig(),
): LabRuntime {
  const tasks = createTaskLocator(config);
  const nodes = [...config.nodes.values()];
  const manager = config.manager;
  const locate = (sessionId: string, host: string) => tasks.locate(containerName(sessionId, host));

  return {
    async provision(spec, onEvent) {
      const { labels, step, call } = beginProvision(spec, owner, onEvent, scheduler, manager);
      await call(null, {
        path: "/networks/create?",
        method: "POST",
        options: {
          _query: {},
          _body: {
            Name: networkName(spec.sessionId),
            Driver: "overlay",
            Internal: true,
            Attachable: true,
            CheckDuplicate: true,
            Labels: labels,
            IPAM: { Driver: "default", Config: [{ Subnet: spec.subnet, Gateway: gatewayOf(spec.subnet) }] },
          },
        },
      });
      step(`Isolated network ${spec.subnet} ready`);
      // A service is scheduled as soon as it exists: the terminal host is created first, so it is placed
      // and started first, and the others follow without waiting for it.
      const run = async (host: HostSpec) => {
        await call(host, {
          path: "/services/create",
          method: "POST",
          options: { _body: serviceBody(spec, host, labels, config.registry) },
        });
        step(`Created ${host.name}`);
        return async () => {
          await tasks.waitRunning(containerName(spec.sessionId, host.name));
          step(`Started ${host.name}`, host.name);
        };
      };
      const first = spec.hosts.filter((h) => h.profile.terminal);
      const rest = spec.hosts.filter((h) => !first.includes(h));
      const waits: Promise<void>[] = [];
      try {
        for (const host of [...first, ...rest]) {
          const wait = (await run(host))();
          // Handled now, reported below: it may fail while a later create is awaited, and an unhandled
          // rejection ends the app process.
          wait.catch(() => undefined);
          waits.push(wait);
        }
      } finally {
        await Promise.allSettled(waits); // never leave a wait in flight behind a failed create
      }
      const failed = (await Promise.allSettled(waits)).find((r) => r.status === "rejected");
      if (failed) throw failed.reason;
      step("All hosts running");
    },

    ping: () => pingEngine(undefined, manager),

    async exec(sessionId, host, options) {
      const task = await locate(sessionId, host);
      return execCollect(task.container, options, task.engine);
    },

    async openTerminal(sessionId, host, options) {
      const task = await locate(sessionId, host);
      return execTty(task.container, options, task.engine);
    },

    async copyFiles(sessionId, from, to, options) {
      const [source, dest] = await Promise.all([locate(sessionId, from), locate(sessionId, to)]);
      return copyFiles(source.container, dest.container, options, { from: source.engine, to: dest.engine });
    },

    async destroy(sessionId) {
      await removeSession(labelFilter(owner, sessionId), manager, nodes);
      tasks.forget(containerName(sessionId, ""));
    },

    async listLabelled() {
      const sessions = new Map<string, LabelledSession>();
      const entry = (id: string) =>
        sessions.get(id) ?? sessions.set(id, { sessionId: id, containers: [], stopped: 0, networks: [], volumes: [] }).get(id)!;
      const filters = labelFilter(owner);
      // A session's services stand for its containers: they are what destroy removes.
      for (const s of await dockerCall<Labelled[]>({ path: "/services?", method: "GET", options: { filters } }, manager))
        entry(s.Spec!.Labels[LABEL.session]).containers.push(s.ID!); // swarm objects spell it ID
      for (const n of await dockerCall<Labelled[]>({ path: "/networks?", method: "GET", options: { filters } }, manager))
        entry(n.Labels![LABEL.session]).networks.push(n.Id);
      for (const m of nodes) {
        const { Volumes } = await dockerCall<{ Volumes: Labelled[] | null }>({ path: "/volumes?", method: "GET", options: { filters } }, m);
        for (const v of Volumes ?? []) entry(v.Labels![LABEL.session]).volumes.push(v.Name!);
      }
      return [...sessions.values()];
    },

    /** The sum over ready, active nodes: admission's cap then grows with the cluster. */
    async engineCapacity() {
      type Node = {
        Spec: { Availability: string };
        Status: { State: string };
        Description: { Resources: { NanoCPUs: number; MemoryBytes: number } };
      };
      const ready = (await dockerCall<Node[]>({ path: "/nodes", method: "GET" }, manager)).filter(
        (n) => n.Status.State === "ready" && n.Spec.Availability === "active",
      );
      return {
        memoryBytes: ready.reduce((sum, n) => sum + n.Description.Resources.MemoryBytes, 0),
        cpus: ready.reduce((sum, n) => sum + n.Description.Resources.NanoCPUs / 1e9, 0),
      };
    },
  };
}

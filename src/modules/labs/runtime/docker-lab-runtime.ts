import { dockerCall } from "./docker-engine";
import { execCollect, execTty } from "./docker-exec";
import { gatewayOf } from "./allocate-subnet";
import { LABEL, containerBody, containerName, networkName } from "./container-body";
import { beginProvision, labelFilter } from "./begin-provision";
import { copyFiles } from "./copy-files";
import { pingEngine } from "./ping-engine";
import { createDockerWorkScheduler, DEFAULT_DOCKER_CONCURRENCY } from "./schedule-docker-work";
import type { HostSpec, LabRuntime, LabelledSession } from "./lab-runtime";

export { containerName, networkName } from "./container-body";

/** Like Promise.all, but waits for every call to settle first: a failure never leaves others in flight. */
async function settleAll(calls: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(calls)).find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

export function createDockerLabRuntime(owner: string, scheduler = createDockerWorkScheduler(DEFAULT_DOCKER_CONCURRENCY)): LabRuntime {
  return {
    async provision(spec, onEvent) {
      const { labels, step, call } = beginProvision(spec, owner, onEvent, scheduler);
      await call(null, {
        path: "/networks/create?",
        method: "POST",
        options: {
          _query: {},
          _body: {
            Name: networkName(spec.sessionId),
            Driver: "bridge",
            Internal: true,
            CheckDuplicate: true,
            Labels: labels,
            IPAM: { Driver: "default", Config: [{ Subnet: spec.subnet, Gateway: gatewayOf(spec.subnet) }] },
            Options: { "com.docker.network.bridge.enable_ip_masquerade": "false" },
          },
        },
      });
      step(`Isolated network ${spec.subnet} ready`);
      const create = async (host: HostSpec) => {
        const options = { _query: { name: containerName(spec.sessionId, host.name) }, _body: containerBody(spec, host, labels) };
        await call(host, { path: "/containers/create?", method: "POST", options });
        step(`Created ${host.name}`);
      };
      const start = async (host: HostSpec) => {
        await call(host, {
          path: `/containers/${containerName(spec.sessionId, host.name)}/start?`,
          method: "POST",
          options: { _query: {}, _body: {} },
        });
        step(`Started ${host.name}`, host.name);
      };
      // The terminal host alone first: started beside the others it takes ~30% longer, and the learner's
      // shell waits on it, while the cameras only have to be up by the first check.
      const first = spec.hosts.filter((h) => h.profile.terminal);
      const rest = spec.hosts.filter((h) => !first.includes(h));
      // Both branches are handed to one settleAll at once: a failure in either never leaves the other in
      // flight, and is never an unhandled rejection while the other is awaited (that ends the app process).
      const restCreated = settleAll(rest.map(create));
      const terminalUp = settleAll(first.map(create)).then(() => settleAll(first.map(start)));
      await settleAll([terminalUp, restCreated]);
      await settleAll(rest.map(start));
      step("All hosts running");
    },

    ping: () => pingEngine(),

    exec: (sessionId, host, options) => execCollect(containerName(sessionId, host), options),

    openTerminal: (sessionId, host, options) => execTty(containerName(sessionId, host), options),

    copyFiles: (sessionId, from, to, options) => copyFiles(containerName(sessionId, from), containerName(sessionId, to), options),

    async destroy(sessionId) {
      const containers = await dockerCall<{ Id: string }[]>({
        path: "/containers/json?",
        method: "GET",
        options: { all: true, filters: labelFilter(owner, sessionId) },
      });
      await Promise.all(
        containers.map((c) =>
          dockerCall({ path: `/containers/${c.Id}?`, method: "DELETE", options: { force: true, v: true } }).catch(() => undefined),
        ),
      );
      const networks = await dockerCall<{ Id: string }[]>({
        path: "/networks?",
        method: "GET",
        options: { filters: labelFilter(owner, sessionId) },
      });
      await Promise.all(networks.map((n) => dockerCall({ path: `/networks/${n.Id}`, method: "DELETE" }).catch(() => undefined)));
      const volumes = await dockerCall<{ Volumes: { Name: string }[] | null }>({
        path: "/volumes?",
        method: "GET",
        options: { filters: labelFilter(owner, sessionId) },
      });
      await Promise.all(
        (volumes.Volumes ?? []).map((v) =>
          dockerCall({ path: `/volumes/${v.Name}?`, method: "DELETE", options: { force: true } }).catch(() => undefined),
        ),
      );
    },

    async listLabelled() {
      const sessions = new Map<string, LabelledSession>();
      const entry = (id: string) =>
        sessions.get(id) ?? sessions.set(id, { sessionId: id, containers: [], stopped: 0, networks: [], volumes: [] }).get(id)!;
      const containers = await dockerCall<{ Id: string; State: string; Labels: Record<string, string> }[]>({
        path: "/containers/json?",
        method: "GET",
        options: { all: true, filters: labelFilter(owner) },
      });
      for (const c of containers) {
        const session = entry(c.Labels[LABEL.session]);
        session.containers.push(c.Id);
        if (c.State !== "running") session.stopped++;
      }
      const networks = await dockerCall<{ Id: string; Labels: Record<string, string> }[]>({
        path: "/networks?",
        method: "GET",
        options: { filters: labelFilter(owner) },
      });
      for (const n of networks) entry(n.Labels[LABEL.session]).networks.push(n.Id);
      const volumes = await dockerCall<{ Volumes: { Name: string; Labels: Record<string, string> }[] | null }>({
        path: "/volumes?",
        method: "GET",
        options: { filters: labelFilter(owner) },
      });
      for (const v of volumes.Volumes ?? []) entry(v.Labels[LABEL.session]).volumes.push(v.Name);
      return [...sessions.values()];
    },

    async engineCapacity() {
      const info = await dockerCall<{ MemTotal: number; NCPU: number }>({ path: "/info", method: "GET" });
      return { memoryBytes: info.MemTotal, cpus: info.NCPU };
    },
  };
}

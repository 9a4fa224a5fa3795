import { dockerCall } from "./docker-engine";
import { execCollect, execTty } from "./docker-exec";
import { gatewayOf } from "./allocate-subnet";
import type { HostSpec, LabRuntime, LabelledSession, SessionSpec } from "./lab-runtime";

// Labels on everything we create. `academy.owner` identifies this academy's database, so several
// instances (tests, CI, a dev server) can share one engine without reconciling each other's labs away.
export const LABEL = { session: "academy.session", lab: "academy.lab", expires: "academy.expires", host: "academy.host", owner: "academy.owner" } as const;

export const containerName = (sessionId: string, host: string) => `academy-${sessionId}-${host}`;
export const networkName = (sessionId: string) => `academy-${sessionId}`;

function containerBody(spec: SessionSpec, host: HostSpec, labels: Record<string, string>) {
  const p = host.profile;
  const memory = Math.round(p.memoryMb * 1024 * 1024);
  return {
    Image: host.tag,
    Hostname: host.name,
    User: p.user,
    ...(p.cmd ? { Cmd: p.cmd } : {}),
    Env: Object.entries(host.env).map(([k, v]) => `${k}=${v}`),
    Labels: { ...labels, [LABEL.host]: host.name },
    NetworkDisabled: false,
    HostConfig: {
      NetworkMode: networkName(spec.sessionId),
      Privileged: false,
      CapDrop: ["ALL"],
      CapAdd: p.capAdd,
      SecurityOpt: ["no-new-privileges:true"],
      ReadonlyRootfs: p.readOnlyRootfs,
      Tmpfs: p.tmpfs,
      Mounts: p.volumes.map((target) => ({ Type: "volume", Target: target, VolumeOptions: { Labels: labels } })),
      Sysctls: p.sysctls,
      Memory: memory,
      MemorySwap: memory, // no swap: a memory bomb is killed, not slowed down
      NanoCpus: Math.round(p.cpus * 1e9),
      PidsLimit: p.pids,
      Init: true, // reaps zombies a learner's shell leaves behind
      RestartPolicy: { Name: "no" },
      LogConfig: { Type: "json-file", Config: { "max-size": "1m", "max-file": "1" } },
      PortBindings: {},
      PublishAllPorts: false,
    },
    NetworkingConfig: { EndpointsConfig: { [networkName(spec.sessionId)]: { Aliases: [host.name] } } },
  };
}

const labelFilter = (owner: string, sessionId?: string) =>
  JSON.stringify({ label: [sessionId ? `${LABEL.session}=${sessionId}` : LABEL.session, `${LABEL.owner}=${owner}`] });

export function createDockerLabRuntime(owner: string): LabRuntime {
  return {
    async provision(spec, onEvent) {
      const labels = { [LABEL.session]: spec.sessionId, [LABEL.lab]: spec.labSlug, [LABEL.expires]: spec.expiresAt.toISOString(), [LABEL.owner]: owner };
      const total = 2 + spec.hosts.length * 2;
      let done = 0;
      const step = (message: string, started?: string) => onEvent({ message, done: ++done, total, ...(started ? { started } : {}) });
      await dockerCall({
        path: "/networks/create?",
        method: "POST",
        options: { _query: {}, _body: { Name: networkName(spec.sessionId), Driver: "bridge", Internal: true, CheckDuplicate: true, Labels: labels, IPAM: { Driver: "default", Config: [{ Subnet: spec.subnet, Gateway: gatewayOf(spec.subnet) }] }, Options: { "com.docker.network.bridge.enable_ip_masquerade": "false" } } },
      });
      step(`Isolated network ${spec.subnet} ready`);
      await Promise.all(
        spec.hosts.map(async (host) => {
          await dockerCall({ path: "/containers/create?", method: "POST", options: { _query: { name: containerName(spec.sessionId, host.name) }, _body: containerBody(spec, host, labels) } });
          step(`Created ${host.name}`);
        }),
      );
      const start = async (host: HostSpec) => {
        await dockerCall({ path: `/containers/${containerName(spec.sessionId, host.name)}/start?`, method: "POST", options: { _query: {}, _body: {} } });
        step(`Started ${host.name}`, host.name);
      };
      // The terminal host alone first: started beside the others it takes ~30% longer, and the learner's
      // shell waits on it, while the cameras only have to be up by the first check.
      const first = spec.hosts.filter((h) => h.profile.terminal);
      await Promise.all(first.map(start));
      await Promise.all(spec.hosts.filter((h) => !first.includes(h)).map(start));
      step("All hosts running");
    },

    exec: (sessionId, host, options) => execCollect(containerName(sessionId, host), options),

    openTerminal: (sessionId, host, options) => execTty(containerName(sessionId, host), options),

    async destroy(sessionId) {
      const containers = await dockerCall<{ Id: string }[]>({ path: "/containers/json?", method: "GET", options: { all: true, filters: labelFilter(owner, sessionId) } });
      await Promise.all(containers.map((c) => dockerCall({ path: `/containers/${c.Id}?`, method: "DELETE", options: { force: true, v: true } }).catch(() => undefined)));
      const networks = await dockerCall<{ Id: string }[]>({ path: "/networks?", method: "GET", options: { filters: labelFilter(owner, sessionId) } });
      await Promise.all(networks.map((n) => dockerCall({ path: `/networks/${n.Id}`, method: "DELETE" }).catch(() => undefined)));
      const volumes = await dockerCall<{ Volumes: { Name: string }[] | null }>({ path: "/volumes?", method: "GET", options: { filters: labelFilter(owner, sessionId) } });
      await Promise.all((volumes.Volumes ?? []).map((v) => dockerCall({ path: `/volumes/${v.Name}?`, method: "DELETE", options: { force: true } }).catch(() => undefined)));
    },

    async listLabelled() {
      const sessions = new Map<string, LabelledSession>();
      const entry = (id: string) => sessions.get(id) ?? sessions.set(id, { sessionId: id, containers: [], networks: [], volumes: [] }).get(id)!;
      const containers = await dockerCall<{ Id: string; Labels: Record<string, string> }[]>({ path: "/containers/json?", method: "GET", options: { all: true, filters: labelFilter(owner) } });
      for (const c of containers) entry(c.Labels[LABEL.session]).containers.push(c.Id);
      const networks = await dockerCall<{ Id: string; Labels: Record<string, string> }[]>({ path: "/networks?", method: "GET", options: { filters: labelFilter(owner) } });
      for (const n of networks) entry(n.Labels[LABEL.session]).networks.push(n.Id);
      const volumes = await dockerCall<{ Volumes: { Name: string; Labels: Record<string, string> }[] | null }>({ path: "/volumes?", method: "GET", options: { filters: labelFilter(owner) } });
      for (const v of volumes.Volumes ?? []) entry(v.Labels[LABEL.session]).volumes.push(v.Name);
      return [...sessions.values()];
    },
  };
}

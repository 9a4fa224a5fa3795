import type { HostSpec, SessionSpec } from "./lab-runtime";

export const LABEL = {
  session: "academy.session",
  lab: "academy.lab",
  expires: "academy.expires",
  host: "academy.host",
  owner: "academy.owner",
} as const;

export const containerName = (sessionId: string, host: string) => `academy-${sessionId}-${host}`;
export const networkName = (sessionId: string) => `academy-${sessionId}`;

/**
 * The Engine API body for one lab host. Storage is bounded everywhere: the root filesystem is read-only,
 * scratch is size-limited tmpfs, and places the archive endpoint must reach (the learner's home, the
 * grader's inbox, the camera's state) are tmpfs-backed volumes with a size — a tmpfs mount inside the
 * container is invisible to GET/PUT /archive, a volume is not.
 */
export function containerBody(spec: SessionSpec, host: HostSpec, labels: Record<string, string>) {
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
      ReadonlyRootfs: true,
      Tmpfs: p.tmpfs,
      Mounts: Object.entries(p.volumes).map(([target, o]) => ({
        Type: "volume",
        Target: target,
        VolumeOptions: {
          Labels: labels,
          DriverConfig: { Name: "local", Options: { type: "tmpfs", device: "tmpfs", o: `${o},nosuid,nodev` } },
        },
      })),
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

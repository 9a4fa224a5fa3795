import { LABEL, containerName, networkName } from "../container-body";
import { sizeBytes } from "../image-profile";
import type { HostSpec, SessionSpec } from "../lab-runtime";

// The service API of Docker 20.10 takes only size and mode for a tmpfs mount; any other option (uid=…)
// becomes a tmpfs-backed volume, which takes them all. no-new-privileges is in the nodes' daemon config.
function tmpfsMount(target: string, options: string, labels: Record<string, string>) {
  const rest = options.split(",").filter((o) => !/^(size|mode)=/u.test(o));
  const mode = /(?:^|,)mode=([0-7]+)/u.exec(options)?.[1];
  if (!rest.length)
    return { Type: "tmpfs", Target: target, TmpfsOptions: { SizeBytes: sizeBytes(options), ...(mode ? { Mode: parseInt(mode, 8) } : {}) } };
  return volumeMount(target, options, labels);
}

const volumeMount = (target: string, o: string, labels: Record<string, string>) => ({
  Type: "volume",
  Target: target,
  VolumeOptions: { Labels: labels, DriverConfig: { Name: "local", Options: { type: "tmpfs", device: "tmpfs", o: `${o},nosuid,nodev` } } },
});

/** One lab host as a Swarm service: one replica, never restarted, reservations equal to limits. */
export function serviceBody(spec: SessionSpec, host: HostSpec, labels: Record<string, string>, registry: string) {
  const p = host.profile;
  const resources = { NanoCPUs: Math.round(p.cpus * 1e9), MemoryBytes: Math.round(p.memoryMb * 1024 * 1024) };
  const hostLabels = { ...labels, [LABEL.host]: host.name };
  return {
    Name: containerName(spec.sessionId, host.name),
    Labels: hostLabels,
    TaskTemplate: {
      ContainerSpec: {
        Image: `${registry}/${host.tag}`,
        Labels: hostLabels,
        Hostname: host.name,
        User: p.user,
        ...(p.cmd ? { Args: p.cmd } : {}),
        Env: Object.entries(host.env).map(([k, v]) => `${k}=${v}`),
        CapabilityDrop: ["ALL"],
        CapabilityAdd: p.capAdd,
        ReadOnly: true,
        Init: true,
        Sysctls: p.sysctls,
        Mounts: [
          ...Object.entries(p.tmpfs).map(([target, o]) => tmpfsMount(target, o, hostLabels)),
          ...Object.entries(p.volumes).map(([target, o]) => volumeMount(target, o, hostLabels)),
        ],
        StopGracePeriod: 1e9,
      },
      // Reserving what the limits allow makes the cluster refuse to over-commit: a task that fits nowhere stays pending.
      Resources: { Limits: { ...resources, Pids: p.pids }, Reservations: resources },
      RestartPolicy: { Condition: "none" },
      Networks: [{ Target: networkName(spec.sessionId), Aliases: [host.name] }],
      LogDriver: { Name: "json-file", Options: { "max-size": "1m", "max-file": "1" } },
    },
    Mode: { Replicated: { Replicas: 1 } },
    // DNS round robin: no virtual IP (none to spare in a /28, and no IPVS here), the name is the task's address.
    EndpointSpec: { Mode: "dnsrr" },
  };
}

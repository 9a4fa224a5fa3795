import type Modem from "docker-modem";
import { LABEL } from "./container-body";
import { dockerCall } from "./docker-engine";
import type { DockerWorkScheduler } from "./schedule-docker-work";
import type { HostSpec, ProvisionEvent, SessionSpec } from "./lab-runtime";

/** The Engine filter for the objects one runtime owner labelled (of one session, or of all). */
export const labelFilter = (owner: string, sessionId?: string) =>
  JSON.stringify({ label: [sessionId ? `${LABEL.session}=${sessionId}` : LABEL.session, `${LABEL.owner}=${owner}`] });

/**
 * What both runtimes need to provision a session: the labels its objects carry, a progress reporter over
 * its 2 + 2-per-host steps, and Engine calls through the scheduler (under a burst every lab's network and
 * terminal host go first; the rest follow in arrival order).
 */
export function beginProvision(
  spec: SessionSpec,
  owner: string,
  onEvent: (event: ProvisionEvent) => void,
  scheduler: DockerWorkScheduler,
  modem?: Modem,
) {
  const labels = {
    [LABEL.session]: spec.sessionId,
    [LABEL.lab]: spec.labSlug,
    [LABEL.expires]: spec.expiresAt.toISOString(),
    [LABEL.owner]: owner,
  };
  const total = 2 + spec.hosts.length * 2;
  let done = 0;
  const step = (message: string, started?: string) => onEvent({ message, done: ++done, total, ...(started ? { started } : {}) });
  const arrival = scheduler.arrive();
  const call = <T = unknown>(host: HostSpec | null, options: Record<string, unknown>) =>
    scheduler.run(!host || host.profile.terminal ? "terminal" : "rest", arrival, () => dockerCall<T>(options, modem));
  return { labels, step, call };
}

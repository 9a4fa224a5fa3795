import "server-only";
import { labConfig } from "../lab-config";
import { labRuntime } from "../runtime";
import { capacityFromHost, type AdmissionLimits } from "./admission-policy";

// The engine's size changes rarely; asking once a minute keeps /info off every start's path.
const ENGINE_TTL_MS = 60_000;
// No answer from the engine: no lab can start anyway; a small cap until it answers again.
const FALLBACK_TOTAL = 4;
let derived: { total: number; at: number } | undefined;

async function derivedTotal(): Promise<number> {
  if (derived && Date.now() - derived.at < ENGINE_TTL_MS) return derived.total;
  try {
    const host = await labRuntime(labConfig().owner).engineCapacity();
    derived = { total: capacityFromHost(host.memoryBytes, host.cpus), at: Date.now() };
    return derived.total;
  } catch {
    return derived?.total ?? FALLBACK_TOTAL;
  }
}

/** LAB_MAX_TOTAL when set, otherwise the cap the engine host's memory and CPUs allow. */
export async function readAdmissionLimits(): Promise<AdmissionLimits> {
  const c = labConfig();
  return { maxTotal: c.LAB_MAX_TOTAL ?? (await derivedTotal()), maxPerIp: c.LAB_MAX_PER_IP, maxPerLearner: c.LAB_MAX_PER_LEARNER };
}

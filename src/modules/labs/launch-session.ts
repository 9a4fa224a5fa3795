import "server-only";
import { metrics } from "@/src/server/metrics";
import { provisionSession } from "./provision-session";
import { trackProvisioning } from "./drain-provisioning";
import type { LabSessionRow } from "./queries";
import type { Lab } from "./schema";

/**
 * Provisions an admitted session in the background. `terminalReady` settles when the learner can have a
 * shell (or provisioning ended); `provisioning` when the whole lab is set up and checks may run.
 */
export function launchSession(lab: Lab, row: Pick<LabSessionRow, "id" | "subnet" | "expiresAt" | "variables" | "createdAt">) {
  let markTerminalReady!: () => void;
  const terminalReady = new Promise<void>((resolve) => (markTerminalReady = resolve));
  const provisioning = provisionSession(
    lab,
    { id: row.id, subnet: row.subnet!, expiresAt: row.expiresAt, variables: row.variables },
    markTerminalReady,
  );
  trackProvisioning(row.id, provisioning); // a shutdown waits for it or rolls it back
  provisioning.then(
    () => metrics.labStartSeconds.observe({ lab: lab.slug }, (Date.now() - row.createdAt.getTime()) / 1000),
    () => undefined,
  );
  provisioning.then(markTerminalReady, (error) => {
    markTerminalReady();
    console.error(`[labs] provisioning ${row.id} failed:`, error instanceof Error ? error.message : error);
  });
  return { terminalReady, provisioning };
}

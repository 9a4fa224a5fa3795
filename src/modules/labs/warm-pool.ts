import "server-only";
import { listLabs } from "./catalog";
import { labConfig } from "./lab-config";
import { provisionSession } from "./provision-session";
import { trackProvisioning } from "./drain-provisioning";
import { countPooled } from "./queries";
import { reservePoolSession } from "./admission/reserve-pool-session";
import type { Lab } from "./schema";
import { mayRunExclusive } from "@/src/server/db-lease";

// Pooled sessions wait unowned (userId null); claiming one sets the owner and restarts its timer.
const POOL_LIFETIME_MS = 6 * 60 * 60_000;
const filling = new Set<string>();

/**
 * Tops one lab's pool up to LAB_WARM_POOL ready sessions, one at a time (2 cores: no stampede). With
 * several app processes only the lab-daemon lease holder fills (the others' claims are refilled at its next tick).
 */
export async function refillWarmPool(lab: Lab, size = labConfig().LAB_WARM_POOL): Promise<void> {
  if (size <= 0 || filling.has(lab.slug) || !mayRunExclusive("labs")) return;
  filling.add(lab.slug);
  try {
    while ((await countPooled(lab.slug)) < size) {
      const expiresAt = new Date(Date.now() + POOL_LIFETIME_MS);
      const row = await reservePoolSession(lab, { expiresAt, hardExpiresAt: expiresAt });
      if (!row) break; // the cap is reached or learners are queued: capacity goes to them first
      const provisioning = provisionSession(lab, { id: row.id, subnet: row.subnet!, expiresAt, variables: row.variables });
      trackProvisioning(row.id, provisioning);
      await provisioning;
    }
  } catch (error) {
    console.error(`[labs] warm pool for ${lab.slug}:`, error instanceof Error ? error.message : error);
  } finally {
    filling.delete(lab.slug);
  }
}

export async function fillWarmPools(): Promise<void> {
  for (const lab of await listLabs()) await refillWarmPool(lab);
}

import "server-only";
import { generateVariables } from "./generate-variables";
import { labConfig } from "./lab-config";
import { allocateSubnet } from "./provision-session";
import { createSession } from "./queries";
import type { Lab } from "./schema";

export function sessionTimes(lab: Lab, now = new Date()) {
  const c = labConfig();
  const expiresAt = new Date(now.getTime() + lab.timeLimitMinutes * 60_000);
  return { expiresAt, hardExpiresAt: new Date(expiresAt.getTime() + c.LAB_MAX_EXTENSIONS * c.LAB_EXTEND_MINUTES * 60_000) };
}

/** Creates a session row with a free subnet (the unique index settles races between processes). */
export async function createSessionRow(
  lab: Lab,
  userId: string | null,
  times: { expiresAt: Date; hardExpiresAt: Date },
  poolPlanId: string | null = null,
) {
  const variables = generateVariables(lab.variables);
  for (let attempt = 0; ; attempt++) {
    try {
      return await createSession({
        userId,
        labSlug: lab.slug,
        labVersion: lab.version,
        subnet: await allocateSubnet(),
        variables,
        poolPlanId,
        ...times,
      });
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

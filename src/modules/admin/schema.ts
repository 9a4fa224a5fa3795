import { z } from "zod";
import { AUDIT_ACTIONS } from "@/src/modules/audit/audit-actions";
import { ROLES } from "@/src/modules/accounts/schema";
import { TIER_IDS } from "@/src/modules/partners/schema";

const id = z.string().trim().min(1).max(40);

export const changeRoleSchema = z.object({ userId: id, role: z.enum(ROLES, "Choose a role.") });
export const changeUserOrgSchema = z.object({
  userId: id,
  organizationId: z
    .string()
    .trim()
    .max(40)
    .transform((v) => v || null),
});
export const setTierSchema = z.object({ organizationId: id, tier: z.enum(TIER_IDS, "Choose a tier.") });
export const createOrgSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120, "At most 120 characters."),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,32}$/u, "2–32 letters, digits or dashes."),
  tier: z.enum(TIER_IDS, "Choose a tier."),
});
export const terminateLabSchema = z.object({ sessionId: id });
export const auditFilterSchema = z.object({ action: z.enum(AUDIT_ACTIONS).optional().catch(undefined) });

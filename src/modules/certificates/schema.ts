import { z } from "zod";

export const revokeSchema = z.object({
  certificateId: z.uuid(),
  reason: z.string().trim().min(5, "Give a reason (at least 5 characters): it is kept in the audit log.").max(300),
});

/** A VC-JWT pasted or uploaded for verification. */
export const verifyInputSchema = z.object({ jwt: z.string().trim().min(1, "Paste a credential (VC-JWT).").max(20_000) });

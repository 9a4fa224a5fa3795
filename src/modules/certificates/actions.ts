"use server";
import { revalidatePath } from "next/cache";
import { userFormAction, type FormState } from "@/src/server/action";
import { revokeSchema } from "./schema";
import { revokeCertificate } from "./queries";

const revoke = userFormAction(["ADMIN"], revokeSchema, async (input, admin) => {
  const done = await revokeCertificate(input.certificateId, input.reason, admin.id);
  if (!done) return { ok: false, message: "That certificate does not exist or is already revoked." };
  revalidatePath("/admin/certificates");
  return { ok: true, message: "Certificate revoked. Verifiers see it as revoked from now on." };
});
export async function revokeCertificateAction(prev: FormState, formData: FormData) {
  return revoke(prev, formData);
}

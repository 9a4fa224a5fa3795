"use server";
import { revalidatePath } from "next/cache";
import { userFormAction, type FormState } from "@/src/server/action";
import { recordAudit } from "@/src/modules/audit/queries";
import { endSession } from "@/src/modules/labs/end-lab-session";
import { changeRoleSchema, changeUserOrgSchema, createOrgSchema, setTierSchema, terminateLabSchema } from "./schema";
import { createOrganization, setOrganizationTier, setUserOrganization, setUserRole } from "./queries";

const changeRoleHandler = userFormAction(["ADMIN"], changeRoleSchema, async ({ userId, role }, admin) => {
  // An admin cannot demote themselves: keeps at least one admin able to undo mistakes.
  if (userId === admin.id) return { ok: false, message: "You cannot change your own role." };
  if ((await setUserRole(userId, role, admin.id)) === null) return { ok: false, message: "No such user." };
  revalidatePath("/admin/users");
  return { ok: true, message: "Role saved." };
});
export async function changeRoleAction(prev: FormState, formData: FormData) {
  return changeRoleHandler(prev, formData);
}

const changeUserOrgHandler = userFormAction(["ADMIN"], changeUserOrgSchema, async ({ userId, organizationId }, admin) => {
  if (!(await setUserOrganization(userId, organizationId, admin.id))) return { ok: false, message: "No such user or organisation." };
  revalidatePath("/admin/users");
  return { ok: true, message: "Organisation saved." };
});
export async function changeUserOrgAction(prev: FormState, formData: FormData) {
  return changeUserOrgHandler(prev, formData);
}

const createOrgHandler = userFormAction(["ADMIN"], createOrgSchema, async (input, admin) => {
  if ((await createOrganization(input, admin.id)) === "duplicate")
    return { ok: false, errors: { code: "An organisation with this code exists." } };
  revalidatePath("/admin/organizations");
  return { ok: true, message: `Created ${input.name}.` };
});
export async function createOrgAction(prev: FormState, formData: FormData) {
  return createOrgHandler(prev, formData);
}

const setTierHandler = userFormAction(["ADMIN"], setTierSchema, async ({ organizationId, tier }, admin) => {
  if ((await setOrganizationTier(organizationId, tier, admin.id)) === null) return { ok: false, message: "No such organisation." };
  revalidatePath("/admin/organizations");
  return { ok: true, message: "Tier saved." };
});
export async function setTierAction(prev: FormState, formData: FormData) {
  return setTierHandler(prev, formData);
}

const terminateLabHandler = userFormAction(["ADMIN"], terminateLabSchema, async ({ sessionId }, admin) => {
  // The labs module moves the row to "destroyed" (once) and removes the containers and network.
  const moved = await endSession(sessionId, "destroyed");
  // Either way the row is stale: a session that ended by itself (lost, expired) leaves the list too.
  revalidatePath("/admin/labs");
  if (!moved) return { ok: false, message: "This session is no longer running." };
  await recordAudit({ action: "lab.session_terminated", actorId: admin.id, target: sessionId });
  return { ok: true, message: "Session terminated." };
});
export async function terminateLabAction(prev: FormState, formData: FormData) {
  return terminateLabHandler(prev, formData);
}

import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import type { Role } from "@/src/modules/accounts/schema";
import { decideJoinRequest, removeMember } from "./manage-members";
import { createJoinRequest, listStaff } from "./queries";

let seq = 0;
let org: string, otherOrg: string;
type Person = { id: string; role: string; organizationId: string | null };

async function person(role: Role, organizationId: string | null): Promise<Person> {
  return db.user.create({
    data: { name: `P${seq}`, email: `manage-${seq++}@example.com`, role, organizationId, emailVerified: new Date() },
    select: { id: true, role: true, organizationId: true },
  });
}
async function pending(userId: string, orgId = org) {
  await createJoinRequest(userId, orgId);
  return db.partnerJoinRequest.findUniqueOrThrow({ where: { pendingKey: `${userId}:${orgId}` } });
}
const audits = (action: string, target: string) =>
  db.auditLog.findMany({ where: { action, target }, select: { actorId: true, detail: true } });

beforeEach(async () => {
  org = (await db.organization.create({ data: { name: `Org ${seq}`, code: `ORG-${seq++}` } })).id;
  otherOrg = (await db.organization.create({ data: { name: `Other ${seq}`, code: `OTHER-${seq++}` } })).id;
});

describe("join requests", () => {
  it("approving joins the user to the organisation and is audited; the request is settled once", async () => {
    const manager = await person("PARTNER_MANAGER", org);
    const applicant = await person("LEARNER", null);
    const request = await pending(applicant.id);
    expect(await decideJoinRequest({ requestId: request.id, decision: "approve" }, manager)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: applicant.id } })).organizationId).toBe(org);
    expect((await listStaff(org)).map((s) => s.id)).toContain(applicant.id);
    expect(await db.partnerJoinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "approved",
      pendingKey: null,
      decidedById: manager.id,
    });
    const rows = await audits("partner.join_approved", org);
    expect(rows).toHaveLength(1);
    expect(rows[0].actorId).toBe(manager.id);
    expect(JSON.parse(rows[0].detail!)).toMatchObject({ userId: applicant.id });
    expect((await decideJoinRequest({ requestId: request.id, decision: "decline" }, manager)).ok).toBe(false);
  });

  it("declining leaves the user outside, is audited, and lets them ask again", async () => {
    const manager = await person("PARTNER_MANAGER", org);
    const applicant = await person("LEARNER", null);
    const request = await pending(applicant.id);
    expect(await decideJoinRequest({ requestId: request.id, decision: "decline" }, manager)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: applicant.id } })).organizationId).toBeNull();
    expect((await db.partnerJoinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("declined");
    expect(await audits("partner.join_declined", org)).toHaveLength(1);
    expect(await createJoinRequest(applicant.id, org)).toBe(true);
  });

  it("another organisation's manager and a learner are refused, and nothing changes", async () => {
    const outsider = await person("PARTNER_MANAGER", otherOrg);
    const learner = await person("LEARNER", org);
    const applicant = await person("LEARNER", null);
    const request = await pending(applicant.id);
    for (const user of [outsider, learner])
      expect(await decideJoinRequest({ requestId: request.id, decision: "approve" }, user)).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: applicant.id } })).organizationId).toBeNull();
    expect((await db.partnerJoinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("pending");
    expect(await audits("partner.join_approved", org)).toHaveLength(0);
  });

  it("an admin may decide for any organisation", async () => {
    const admin = await person("ADMIN", null);
    const applicant = await person("LEARNER", null);
    const request = await pending(applicant.id);
    expect(await decideJoinRequest({ requestId: request.id, decision: "approve" }, admin)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: applicant.id } })).organizationId).toBe(org);
  });
});

describe("removing members", () => {
  it("a removed learner loses the organisation; a removed manager becomes a plain learner; both audited", async () => {
    const manager = await person("PARTNER_MANAGER", org);
    const deputy = await person("PARTNER_MANAGER", org);
    const member = await person("LEARNER", org);
    expect(await removeMember({ memberId: member.id }, manager)).toMatchObject({ ok: true });
    expect(await removeMember({ memberId: deputy.id }, manager)).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { organizationId: true, role: true } })).toEqual({
      organizationId: null,
      role: "LEARNER",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: deputy.id }, select: { organizationId: true, role: true } })).toEqual({
      organizationId: null,
      role: "LEARNER",
    });
    const rows = await audits("partner.member_removed", org);
    expect(rows.map((r) => JSON.parse(r.detail!).userId).sort()).toEqual([member.id, deputy.id].sort());
    expect(rows.every((r) => r.actorId === manager.id)).toBe(true);
  });

  it("the last manager cannot be removed, not even by themselves or an admin", async () => {
    const manager = await person("PARTNER_MANAGER", org);
    const admin = await person("ADMIN", null);
    for (const user of [manager, admin])
      expect(await removeMember({ memberId: manager.id }, user)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/last manager/u),
      });
    expect(await db.user.findUniqueOrThrow({ where: { id: manager.id }, select: { organizationId: true, role: true } })).toEqual({
      organizationId: org,
      role: "PARTNER_MANAGER",
    });
    expect(await audits("partner.member_removed", org)).toHaveLength(0);
  });

  it("another organisation's manager cannot remove a member", async () => {
    await person("PARTNER_MANAGER", org);
    const member = await person("LEARNER", org);
    const outsider = await person("PARTNER_MANAGER", otherOrg);
    expect(await removeMember({ memberId: member.id }, outsider)).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).organizationId).toBe(org);
  });

  it("two managers removing each other at once leave one manager (five organisations raced at once)", async () => {
    const orgs = await Promise.all(
      Array.from({ length: 5 }, async () => (await db.organization.create({ data: { name: `Race ${seq}`, code: `RACE-${seq++}` } })).id),
    );
    await Promise.all(
      orgs.map(async (orgId) => {
        const a = await person("PARTNER_MANAGER", orgId);
        const b = await person("PARTNER_MANAGER", orgId);
        const results = await Promise.all([removeMember({ memberId: b.id }, a), removeMember({ memberId: a.id }, b)]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
      }),
    );
    for (const orgId of orgs) expect(await db.user.count({ where: { organizationId: orgId, role: "PARTNER_MANAGER" } })).toBe(1);
  });
});

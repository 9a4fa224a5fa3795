import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { loadPartnerOverview } from "./load-partner-overview";
import { loadCompliance } from "./load-compliance";
import { resolvePartnerOrg } from "./resolve-partner-org";
import { buildStaffCsv } from "./build-staff-csv";
import { acceptInvite, createInvite, findInvite, listStaffCertificates, revokeInvite } from "./queries";

const EXAM = "certified-professional-camera-cybersecurity";
const DAY = 86_400_000;
let northwind: string, contoso: string, managerNorthwind: { role: string; organizationId: string | null };
let seq = 0;

async function staff(orgId: string, name: string, certifiedDaysAgo?: number, validForDays = 900, verified = true) {
  const user = await db.user.create({
    data: {
      name,
      email: `${name.replace(/\W/gu, "").toLowerCase()}-${seq++}@example.com`,
      organizationId: orgId,
      emailVerified: verified ? new Date() : null,
    },
    select: { id: true },
  });
  if (certifiedDaysAgo !== undefined) {
    const issuedAt = new Date(Date.now() - certifiedDaysAgo * DAY);
    await db.certificate.create({
      data: {
        id: `cert-${seq}`,
        userId: user.id,
        examSlug: EXAM,
        achievementTitle: "Certified Professional",
        holderName: name,
        attemptId: `attempt-${seq}`,
        issuedAt,
        validUntil: new Date(Date.now() + validForDays * DAY),
        statusListIndex: seq,
        evidenceHash: "x",
        jwt: "x",
      },
    });
  }
  return user.id;
}

beforeAll(async () => {
  northwind = (await db.organization.create({ data: { name: "Northwind", code: "NORTHWIND", tier: "AUTHORIZED" } })).id;
  contoso = (await db.organization.create({ data: { name: "Contoso", code: "CONTOSO", tier: "AUTHORIZED" } })).id;
  managerNorthwind = { role: "PARTNER_MANAGER", organizationId: northwind };
  await staff(northwind, "Nils", 100, 60); // expires in 60 days
  await staff(northwind, "=cmd|' /C calc'!A0"); // a hostile name must not become a formula
  await staff(contoso, "Carl", 10);
  await staff(contoso, "Cecilia", 20);
});

describe("partner manager sees only their own organisation", () => {
  it("the overview of the manager's resolved organisation lists only its staff and certificates", async () => {
    const orgId = resolvePartnerOrg(managerNorthwind, contoso)!; // asking for CONTOSO still yields NORTHWIND
    const overview = (await loadPartnerOverview(orgId))!;
    expect(overview.org.code).toBe("NORTHWIND");
    expect(overview.staff.map((s) => s.name).sort()).toEqual(["=cmd|' /C calc'!A0", "Nils"]);
    expect(overview.staff.flatMap((s) => s.certificates).every((c) => c.achievementTitle)).toBe(true);
    const certificateHolders = (await listStaffCertificates(orgId)).map((c) => c.userId);
    const contosoIds = (await db.user.findMany({ where: { organizationId: contoso }, select: { id: true } })).map((u) => u.id);
    expect(certificateHolders.some((id) => contosoIds.includes(id))).toBe(false);
    const compliance = (await loadCompliance(orgId))!;
    expect(compliance.org.code).toBe("NORTHWIND");
    expect(compliance.staffCount).toBe(2);
  });

  it("the CSV export contains only the organisation's staff, escaped and formula-safe", async () => {
    const csv = buildStaffCsv((await loadPartnerOverview(resolvePartnerOrg(managerNorthwind, contoso)!))!);
    expect(csv).toContain("Nils");
    expect(csv).not.toContain("Carl");
    expect(csv).toContain("\r\n'=cmd|' /C calc'!A0,"); // prefixed with an apostrophe: shown as text
    expect(csv).not.toMatch(/(^|[\n,])=cmd/u);
    expect(csv.split("\r\n")).toHaveLength(4); // header, 2 rows, trailing empty
  });

  it("evaluates the tier now and in 90 days from the staff's certificates", async () => {
    const overview = (await loadPartnerOverview(northwind))!;
    expect(overview.tier.id).toBe("AUTHORIZED");
    expect(overview.now.meets).toBe(true);
    expect(overview.later.meets).toBe(false); // Nils's certificate lapses within 90 days
    expect(overview.expiring.map((e) => e.name)).toEqual(["Nils"]);
    await staff(northwind, "Nadia", 1);
    expect((await loadPartnerOverview(northwind))!.later.meets).toBe(true);
  });
});

describe("invite links", () => {
  it("join the invite's organisation once, and stop working when revoked or expired", async () => {
    const { token } = await createInvite(northwind, "manager");
    const invite = (await findInvite(token))!;
    expect(invite.organization.code).toBe("NORTHWIND");
    const joiner = await db.user.create({ data: { name: "Joiner", email: `joiner-${seq++}@example.com` }, select: { id: true } });
    expect(await acceptInvite(invite.id, northwind, joiner.id)).toBe(true);
    expect((await db.user.findUnique({ where: { id: joiner.id } }))?.organizationId).toBe(northwind);
    // A member of another organisation is not moved by an invite.
    const carl = await db.user.findFirstOrThrow({ where: { organizationId: contoso }, select: { id: true } });
    expect(await acceptInvite(invite.id, northwind, carl.id)).toBe(false);
    // Another organisation's id cannot revoke it.
    expect((await revokeInvite(contoso, invite.id)).count).toBe(0);
    expect((await revokeInvite(northwind, invite.id)).count).toBe(1);
    expect(await findInvite(token)).toBeNull();
    const { token: old } = await createInvite(northwind, "manager", new Date(Date.now() - 30 * DAY));
    expect(await findInvite(old)).toBeNull();
    expect(await findInvite("not-a-real-token-not-a-real-token")).toBeNull();
  });
});

describe("staff with an unverified address", () => {
  it("do not count: not in the staff list, CSV, certificates, compliance or tier until they verify", async () => {
    const fabrikam = (await db.organization.create({ data: { name: "Fabrikam", code: "FABRIKAM", tier: "AUTHORIZED" } })).id;
    const squatter = await staff(fabrikam, "Ulla Unverified", 5, 900, false);
    const overview = (await loadPartnerOverview(fabrikam))!;
    expect(overview.staff).toEqual([]);
    expect(overview.now.meets).toBe(false);
    expect(buildStaffCsv(overview)).not.toContain("Ulla");
    expect(await listStaffCertificates(fabrikam)).toEqual([]);
    expect((await loadCompliance(fabrikam))!.staffCount).toBe(0);
    await db.user.update({ where: { id: squatter }, data: { emailVerified: new Date() } });
    const verified = (await loadPartnerOverview(fabrikam))!;
    expect(verified.staff.map((s) => s.name)).toEqual(["Ulla Unverified"]);
    expect(verified.now.meets).toBe(true);
    expect((await loadCompliance(fabrikam))!.staffCount).toBe(1);
  });
});

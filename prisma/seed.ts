// Demo data for `npm start` and the end-to-end tests. Idempotent: re-running updates in place.
import { createPrismaClient } from "../src/server/db-client";
import { hashPassword } from "../src/modules/accounts/hash-password";
import { seedPartners } from "./seed/partners";

export const DEMO_PASSWORD = "Harden-Every-Camera-42";

export const DEMO_ACCOUNTS = [
  { email: "learner@academy.test", name: "Lea Learner", role: "LEARNER", org: "NORTHWIND" },
  { email: "trainer@academy.test", name: "Tom Trainer", role: "TRAINER", org: null },
  { email: "manager@academy.test", name: "Maya Manager", role: "PARTNER_MANAGER", org: "NORTHWIND" },
  { email: "admin@academy.test", name: "Ada Admin", role: "ADMIN", org: null },
] as const;

export const DEMO_ORGANIZATIONS = [
  { code: "NORTHWIND", name: "Northwind Security Integrators", tier: "SILVER" },
  { code: "CONTOSO", name: "Contoso Surveillance", tier: "AUTHORIZED" },
] as const;

export async function seed(db = createPrismaClient()) {
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANIZATIONS) {
    const row = await db.organization.upsert({ where: { code: org.code }, create: org, update: { name: org.name }, select: { id: true } });
    orgIds.set(org.code, row.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const data = { name: account.name, role: account.role, organizationId: account.org ? orgIds.get(account.org) : null };
    await db.user.upsert({
      where: { email: account.email },
      create: { email: account.email, passwordHash, emailVerified: new Date(), ...data },
      update: data,
    });
  }
  await seedPartners(db);
  return db;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = await seed();
  await db.$disconnect();
  console.log("Seeded demo data.");
}

import { expect, it } from "vitest";
import { db } from "@/src/server/db";
import { auditDeniedAction } from "./audit-denied-action";

// The guard's audit of refused action calls, on the real database (issue 13.10).
it("records a learner refused an admin action, and nothing for allowed or anonymous calls", async () => {
  const learner = await db.user.create({ data: { name: "L", email: "learner-denied@example.com" } });
  const admin = await db.user.create({ data: { name: "A", email: "admin-allowed@example.com", role: "ADMIN" } });
  await auditDeniedAction({ id: learner.id, role: "LEARNER" }, ["ADMIN"], "changeRole");
  await auditDeniedAction({ id: admin.id, role: "ADMIN" }, ["ADMIN"], "changeRole");
  await auditDeniedAction({ id: learner.id, role: "LEARNER" }, [], "saveProfile");
  await auditDeniedAction(null, ["TRAINER"], "markAttendance");
  const rows = await db.auditLog.findMany({ where: { action: "action.denied" } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ actorId: learner.id, target: "changeRole" });
  expect(JSON.parse(rows[0].detail!)).toEqual({ roles: ["ADMIN"], role: "LEARNER" });
});

it("never lets a failed audit change the answer", async () => {
  await db.$executeRawUnsafe('DROP TABLE "AuditLog"'); // this file's own throwaway database
  await expect(auditDeniedAction({ id: "u1", role: "LEARNER" }, ["ADMIN"], "changeRole")).resolves.toBeUndefined();
});

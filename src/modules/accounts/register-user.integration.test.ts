import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INVITE_DEAD, registerUser, SIGN_UP_LIMITED, type SignUpContext } from "./register-user";
import { consumeVerifyToken, createVerifyToken, hashVerifyToken, reserveSignUpAttempt } from "./queries/verify-email";
import { signUpSchema } from "./schema";
import { db } from "@/src/server/db";
import { createInvite, hashInviteToken, listStaff } from "@/src/modules/partners/queries";
import { parseEnv } from "@/src/server/env";
import { startSmtpSink } from "@/tests/support/smtp-sink";

const valid = { name: "Nina Newcomer", email: "nina@example.com", password: "Tripod-Lens-2026", organizationCode: "" };
const LIMIT = parseEnv({ NODE_ENV: "test", AUTH_SECRET: "x".repeat(32) }).SIGN_UP_LIMIT_PER_HOUR;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let ipSeq = 0;
const ctx = (ip = `198.51.100.${ipSeq++}`): SignUpContext => ({ ip, origin: "http://academy.test", limitPerHour: LIMIT });

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});

async function register(overrides: Record<string, string>, context = ctx()) {
  const parsed = signUpSchema.safeParse({ ...valid, ...overrides });
  if (!parsed.success) return { ok: false as const, errors: { [String(parsed.error.issues[0].path[0])]: parsed.error.issues[0].message } };
  return registerUser(parsed.data, context);
}
// Bodies arrive quoted-printable (nodemailer wraps long lines): undo soft breaks and =XX escapes.
const decode = (qp: string) =>
  qp.replace(/=\r?\n/gu, "").replace(/=([0-9A-F]{2})/gu, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email)).map((m) => ({ ...m, body: decode(m.body) }));
const linkToken = (body: string) => /\/verify-email\?token=([A-Za-z0-9_-]+)/u.exec(body)?.[1];

describe("registerUser (real database, real SMTP)", () => {
  it("creates an unverified learner outside any organisation, and mails a verification link", async () => {
    const result = await register({ email: "Member@Example.com" });
    expect(result).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "member@example.com" },
      select: { role: true, organizationId: true, passwordHash: true, emailVerified: true },
    });
    expect(user).toMatchObject({ role: "LEARNER", organizationId: null, emailVerified: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const [mail] = mailsTo("member@example.com");
    expect(mail.subject).toMatch(/Confirm your email address/u);
    expect(mail.body).toContain("http://academy.test/verify-email?token=");
  });

  it("an organisation code only files a pending join request: the user is not staff, even once verified", async () => {
    const org = await db.organization.create({ data: { name: "Acme", code: "ACME-1" } });
    expect(await register({ email: "coder@example.com", organizationCode: "acme-1" })).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: "coder@example.com" } });
    expect(user.organizationId).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
    expect((await listStaff(org.id)).map((s) => s.id)).not.toContain(user.id);
    const requests = await db.partnerJoinRequest.findMany({ where: { userId: user.id } });
    expect(requests).toMatchObject([{ organizationId: org.id, status: "pending", pendingKey: `${user.id}:${org.id}` }]);
    expect(await db.auditLog.count({ where: { action: "partner.join_requested", actorId: user.id, target: org.id } })).toBe(1);
  });

  it("an unknown code gives the same answer as a known one and files nothing", async () => {
    await db.organization.create({ data: { name: "Known", code: "KNOWN-1" } });
    const known = await register({ email: "known-code@example.com", organizationCode: "KNOWN-1" });
    const unknown = await register({ email: "unknown-code@example.com", organizationCode: "NOPE" });
    expect(unknown).toEqual(known);
    const user = await db.user.findUniqueOrThrow({ where: { email: "unknown-code@example.com" } });
    expect(user.organizationId).toBeNull();
    expect(await db.partnerJoinRequest.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an invite link's token joins its organisation directly, counted on the invite and audited", async () => {
    const org = await db.organization.create({ data: { name: "Invited Ltd", code: "INVITED-1" } });
    const manager = await db.user.create({
      data: { name: "M", email: "invite-manager@example.com", role: "PARTNER_MANAGER", organizationId: org.id },
    });
    const { token } = await createInvite(org.id, manager.id);
    expect(await register({ email: "invitee@example.com", invite: token })).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: "invitee@example.com" } });
    expect(user.organizationId).toBe(org.id);
    expect((await db.partnerInvite.findFirstOrThrow({ where: { organizationId: org.id } })).uses).toBe(1);
    expect(await db.auditLog.count({ where: { action: "partner.invite_accepted", actorId: user.id, target: org.id } })).toBe(1);
    expect(await db.partnerJoinRequest.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an expired, revoked or unknown invite token creates no account", async () => {
    const org = await db.organization.create({ data: { name: "Stale Ltd", code: "STALE-1" } });
    const manager = await db.user.create({
      data: { name: "M", email: "stale-manager@example.com", role: "PARTNER_MANAGER", organizationId: org.id },
    });
    const expired = (await createInvite(org.id, manager.id, new Date(Date.now() - 15 * 86_400_000))).token;
    const revoked = await createInvite(org.id, manager.id);
    await db.partnerInvite.updateMany({ where: { tokenHash: hashInviteToken(revoked.token) }, data: { revokedAt: new Date() } });
    for (const [i, token] of [expired, revoked.token, "x".repeat(32)].entries()) {
      expect(await register({ email: `dead-invite-${i}@example.com`, invite: token })).toEqual({ ok: false, message: INVITE_DEAD });
      expect(await db.user.findUnique({ where: { email: `dead-invite-${i}@example.com` } })).toBeNull();
    }
    expect(await db.user.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it.each([
    [{ password: "password123" }, "password", /too common/],
    [{ email: "not-an-email" }, "email", /valid email/],
    [{ name: "x".repeat(101) }, "name", /at most 100/],
    [{ email: `${"a".repeat(250)}@example.com` }, "email", /at most 254/],
    [{ organizationCode: "DROP TABLE;" }, "organizationCode", /letters, digits and dashes/],
    [{ invite: "../../admin" }, "invite", /invite link is not valid/],
  ])("refuses %o with a message on %s and writes nothing", async (overrides, field, message) => {
    const before = await db.user.count();
    const result = await register(overrides);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors?.[field]).toMatch(message);
    expect(await db.user.count()).toBe(before);
  });

  it("answers an existing address exactly like a new one, and tells the owner instead", async () => {
    const fresh = await register({ email: "fresh@example.com" });
    await register({ email: "dup@example.com" });
    const before = await db.user.count();
    const again = await register({ email: "DUP@example.com", name: "Mallory" });
    expect(again).toEqual(fresh);
    expect(await db.user.count()).toBe(before);
    const mails = mailsTo("dup@example.com");
    expect(mails.map((m) => m.subject)).toEqual([
      "Confirm your email address for Cyberwall Academy",
      "Someone tried to sign up with your address at Cyberwall Academy",
    ]);
    expect(mails[1].body).toContain("http://academy.test/sign-in");
    expect(mails[1].body).not.toMatch(/verify-email/u);
  });

  it("refuses the 11th sign-up from one IP within an hour, and still accepts another IP", async () => {
    expect(LIMIT).toBe(10);
    const ip = "203.0.113.7";
    for (let i = 0; i < LIMIT; i++) expect((await register({ email: `burst-${i}@example.com` }, ctx(ip))).ok).toBe(true);
    expect(await register({ email: "burst-x@example.com" }, ctx(ip))).toEqual({ ok: false, message: SIGN_UP_LIMITED });
    expect(await db.user.findUnique({ where: { email: "burst-x@example.com" } })).toBeNull();
    expect((await register({ email: "burst-y@example.com" }, ctx("203.0.113.8"))).ok).toBe(true);
  });

  it("counts parallel sign-ups atomically and forgets those older than an hour", async () => {
    const results = await Promise.all(Array.from({ length: 15 }, () => reserveSignUpAttempt("192.0.2.50", 10)));
    expect(results.filter(Boolean)).toHaveLength(10);
    const hourAgo = new Date(Date.now() - 61 * 60_000);
    for (let i = 0; i < 10; i++) await reserveSignUpAttempt("192.0.2.51", 10, hourAgo);
    expect(await reserveSignUpAttempt("192.0.2.51", 10)).toBe(true);
  });
});

describe("verification links", () => {
  it("the mailed link verifies once; only its hash is stored", async () => {
    await register({ email: "verify-me@example.com" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "verify-me@example.com" }, select: { id: true } });
    const token = linkToken(mailsTo("verify-me@example.com")[0].body)!;
    const stored = await db.verificationToken.findMany({ where: { identifier: `verify:${user.id}` } });
    expect(stored.map((t) => t.token)).toEqual([hashVerifyToken(token)]);
    expect(stored[0].token).not.toContain(token);
    expect(await consumeVerifyToken(token)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date);
    expect(await consumeVerifyToken(token)).toBe(false);
    expect(await consumeVerifyToken(hashVerifyToken(token))).toBe(false); // a leaked hash is no link
  });

  it("expires after 24 hours", async () => {
    const user = await db.user.create({ data: { name: "Late", email: "late@example.com" }, select: { id: true } });
    const token = await createVerifyToken(user.id, new Date(Date.now() - 24 * 3_600_000 - 1000));
    expect(await consumeVerifyToken(token)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
    const fresh = await createVerifyToken(user.id, new Date(Date.now() - 23 * 3_600_000));
    expect(await consumeVerifyToken(fresh)).toBe(true);
  });
});

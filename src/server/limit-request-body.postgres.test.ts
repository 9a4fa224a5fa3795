import fs from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/src/server/db";
import { hashPassword } from "@/src/modules/accounts/hash-password";
import { startAppProcess, sessionCookie, type AppProcess } from "@/tests/support/app-process";
import { streamUntilAnswered } from "@/tests/support/stream-body";

// The real server (server.ts on the production build): 30 MB chunked bodies to /api/verify, the sign-in
// callback and /api/labs/sessions are refused 413 early and never buffered (issue 13.4); normal-size
// requests still work; foreign-Origin actions of both kinds are answered 403, and a learner's call of an
// admin action is audited (13.10).
const DIST = process.env.NEXT_DIST_DIR || ".next-test";
const MB = 1024 * 1024;
let app: AppProcess;
let cookie = "";

/** The server's resident memory: the largest VmRSS in the app's process group (npx → tsx → node). */
function serverRssKb(): number {
  let max = 0;
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p)))
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== app.child.pid) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      max = Math.max(max, Number(rss?.[1] ?? 0));
    } catch {
      // the process ended meanwhile
    }
  return max;
}

async function signIn(email: string, password: string) {
  const csrf = await fetch(`${app.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return fetch(`${app.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar, origin: app.url, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${app.url}/dashboard` }),
  });
}

beforeAll(async () => {
  if (!fs.existsSync(`${DIST}/BUILD_ID`)) throw new Error(`needs the production build in ${DIST} (scripts/test.sh makes it first)`);
  app = await startAppProcess({ NEXT_DIST_DIR: DIST });
  const user = await db.user.create({
    data: { name: "Big Body", email: "big-body@example.com", passwordHash: await hashPassword("correct horse battery") },
  });
  cookie = await sessionCookie(user.id);
}, 180_000);
afterAll(() => app?.kill());

it("answers normal-size requests as before", async () => {
  const signedIn = await signIn("big-body@example.com", "correct horse battery");
  expect(signedIn.status).toBe(302);
  expect(signedIn.headers.getSetCookie().join()).toContain("authjs.session-token=");
  const verify = await fetch(`${app.url}/api/verify`, { method: "POST", headers: { origin: app.url }, body: "not-a-credential" });
  expect(verify.status).toBe(400);
  expect(((await verify.json()) as { error: string }).error).toBeTruthy();
  const start = await fetch(`${app.url}/api/labs/sessions`, {
    method: "POST",
    headers: { cookie, origin: app.url, "content-type": "application/json" },
    body: JSON.stringify({ lab: "no-such-lab" }),
  });
  expect(start.status).not.toBe(413);
  expect(start.status).toBeLessThan(500);
});

it("refuses 30 MB chunked bodies with 413 early, without buffering them", async () => {
  const before = serverRssKb();
  const results = [];
  for (const [path, headers] of [
    ["/api/verify", {}],
    ["/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" }],
    ["/api/labs/sessions", { cookie, "content-type": "application/json" }],
  ] as const)
    results.push({ path, ...(await streamUntilAnswered(`${app.url}${path}`, 30 * MB, { origin: app.url, ...headers })) });
  const grownMb = (serverRssKb() - before) / 1024;
  console.log(
    `RSS before ${Math.round(before / 1024)} MB, grown ${grownMb.toFixed(1)} MB;`,
    results.map((r) => `${r.path} ${r.status} after ${(r.sent / MB).toFixed(1)} MB`).join(", "),
  );
  for (const r of results) {
    expect(r.status, r.path).toBe(413);
    expect(r.sent, r.path).toBeLessThan(20 * MB); // the limit plus socket buffers; the old code read all 30
  }
  expect(grownMb).toBeLessThan(20);
  expect((await signIn("big-body@example.com", "correct horse battery")).status).toBe(302); // still serving
});

it("answers 403 to foreign-Origin server actions of both kinds", async () => {
  const evil = "http://evil.example";
  const fetchAction = await fetch(`${app.url}/profile`, {
    method: "POST",
    headers: { cookie, origin: evil, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });
  expect(fetchAction.status).toBe(403);
  const formAction = await fetch(`${app.url}/profile`, {
    method: "POST",
    headers: { cookie, origin: evil, "content-type": "application/x-www-form-urlencoded" },
    body: `$ACTION_ID_${"0".repeat(42)}=`,
  });
  expect(formAction.status).toBe(403);
});

it("audits a learner's call of an admin action on the real server, and not an admin's", async () => {
  const manifest = JSON.parse(fs.readFileSync(`${DIST}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === "changeRoleAction")![0];
  const learner = await db.user.create({ data: { name: "Climber", email: "climber@example.com" } });
  const admin = await db.user.create({ data: { name: "Boss", email: "boss@example.com", role: "ADMIN" } });
  const call = async (userId: string) =>
    fetch(`${app.url}/admin/users`, {
      method: "POST",
      headers: { cookie: await sessionCookie(userId), origin: app.url, "next-action": id, "content-type": "text/plain;charset=UTF-8" },
      body: JSON.stringify([{}, {}]),
    });
  await call(learner.id);
  await call(admin.id);
  const rows = await db.auditLog.findMany({ where: { action: "action.denied" } });
  expect(rows.map((r) => r.actorId)).toEqual([learner.id]);
  expect(JSON.parse(rows[0].detail!)).toMatchObject({ roles: ["ADMIN"], role: "LEARNER" });
  expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe("LEARNER");
});

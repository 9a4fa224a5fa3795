import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { db } from "@/src/server/db";
import { bumpSessionVersion, findSessionUser, updatePasswordHash } from "@/src/modules/accounts/queries";
import { labTerminalRoute } from "@/src/modules/labs/terminal/terminal-gateway";

// A copied session cookie must stop working once the user changes password or signs out everywhere,
// on the pages' guards (findSessionUser) and on the terminal WebSocket alike.
const server = http.createServer();
beforeAll(async () => {
  const route = labTerminalRoute(process.env.AUTH_SECRET);
  server.on("upgrade", (req, socket, head) => void route.handle(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => server.close());

async function upgradeStatus(cookie: string): Promise<number> {
  const { port } = server.address() as { port: number };
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/labs/cnosuchsession00000000000/terminal`, { headers: { cookie } });
  return new Promise((resolve) => {
    ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.once("open", () => (ws.close(), resolve(101)));
  });
}

const cookieFor = async (sub: string, sv?: number) =>
  `authjs.session-token=${await encode({ token: { sub, sv }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" })}`;

describe("session revocation", () => {
  it("refuses a token whose session version is stale, in the guards and the terminal gateway", async () => {
    const user = await db.user.create({ data: { name: "Copied Cookie", email: "copied@example.com", passwordHash: "x" } });
    const stolen = await cookieFor(user.id, 0);
    expect(await findSessionUser(user.id, 0)).toMatchObject({ id: user.id });
    expect(await upgradeStatus(stolen)).toBe(403); // authenticated; the session is not theirs

    await updatePasswordHash(user.id, "new-hash");
    expect(await findSessionUser(user.id, 0)).toBeNull();
    expect(await upgradeStatus(stolen)).toBe(401);

    const after = await cookieFor(user.id, 1);
    expect(await upgradeStatus(after)).toBe(403);
    await bumpSessionVersion(user.id);
    expect(await upgradeStatus(after)).toBe(401);
    expect(await findSessionUser(user.id, 2)).toMatchObject({ id: user.id });
    // Each revocation committed with its audit row.
    const audit = await db.auditLog.findMany({ where: { target: user.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["auth.password_changed", user.id],
      ["auth.signed_out_everywhere", user.id],
    ]);
  });
  it("refuses tokens without a version (issued before versions existed)", async () => {
    const user = await db.user.create({ data: { name: "Old Token", email: "old@example.com" } });
    expect(await upgradeStatus(await cookieFor(user.id))).toBe(401);
  });
});

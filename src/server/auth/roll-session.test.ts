import type { IncomingMessage, ServerResponse } from "node:http";
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { rollSessionCookie } from "./roll-session";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./session-policy";

const secret = "a-test-secret-of-at-least-32-characters!";
const salt = "authjs.session-token";
const now = Math.floor(Date.now() / 1000) * 1000;
const s = now / 1000;

async function roll(token: Record<string, unknown>, method = "GET", url = "/dashboard") {
  // encode() stamps iat with the clock: issue the token at its claimed time.
  vi.useFakeTimers({ toFake: ["Date"], now: ((token.iat as number) ?? s) * 1000 });
  const cookie = `${salt}=${await encode({ token, secret, salt, maxAge: SESSION_IDLE_SECONDS })}`;
  vi.useRealTimers();
  const headers: Record<string, string> = {};
  const res = { setHeader: (k: string, v: string) => (headers[k] = v) } as unknown as ServerResponse;
  await rollSessionCookie({ method, url, headers: { cookie } } as IncomingMessage, res, secret, now);
  const set = headers["set-cookie"];
  if (!set) return null;
  const value = /=([^;]+);/u.exec(set)![1];
  return { set, payload: (await decode({ token: value, secret, salt }))! };
}

describe("rollSessionCookie", () => {
  it("re-issues a used session with a fresh idle timeout, keeping the claims", async () => {
    const rolled = await roll({ sub: "u1", sv: 2, authAt: s - 3600, iat: s - 600 });
    expect(rolled?.payload).toMatchObject({ sub: "u1", sv: 2, authAt: s - 3600 });
    expect(rolled!.payload.exp).toBeGreaterThanOrEqual(s + SESSION_IDLE_SECONDS - 5);
    expect(rolled!.set).toMatch(/HttpOnly; SameSite=Lax/u);
  });
  it("never extends a session past the absolute lifetime from sign-in", async () => {
    const near = await roll({ sub: "u1", sv: 0, authAt: s - SESSION_ABSOLUTE_SECONDS + 60, iat: s - 600 });
    expect(near!.payload.exp).toBeLessThanOrEqual(s + 61);
    expect(await roll({ sub: "u1", sv: 0, authAt: s - SESSION_ABSOLUTE_SECONDS - 1, iat: s - 600 })).toBeNull();
  });
  it("leaves fresh tokens, non-GETs and Auth.js's own routes alone", async () => {
    expect(await roll({ sub: "u1", sv: 0, authAt: s - 60, iat: s - 60 })).toBeNull();
    expect(await roll({ sub: "u1", sv: 0, authAt: s - 3600, iat: s - 600 }, "POST")).toBeNull();
    expect(await roll({ sub: "u1", sv: 0, authAt: s - 3600, iat: s - 600 }, "GET", "/api/auth/session")).toBeNull();
  });
});

import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { parseCookies, userIdFromCookie } from "./session-cookie";

const secret = "a-test-secret-of-at-least-32-characters!";
const token = (sub: string, salt = "authjs.session-token", key = secret) => encode({ token: { sub, sv: 3 }, secret: key, salt });
const id = async (header: string | undefined, key: string): Promise<string | null> => (await userIdFromCookie(header, key))?.userId ?? null;

describe("userIdFromCookie", () => {
  it("reads the Auth.js session cookie", async () => {
    expect(await id(`other=1; authjs.session-token=${await token("u1")}`, secret)).toBe("u1");
    expect(await id(`__Secure-authjs.session-token=${await token("u2", "__Secure-authjs.session-token")}`, secret)).toBe("u2");
  });
  it("joins chunked cookies", async () => {
    const t = await token("u3");
    expect(await id(`authjs.session-token.0=${t.slice(0, 40)}; authjs.session-token.1=${t.slice(40)}`, secret)).toBe("u3");
  });
  it("rejects missing, forged and foreign-salted tokens", async () => {
    expect(await id(undefined, secret)).toBeNull();
    expect(
      await id(`authjs.session-token=${await token("u1", "authjs.session-token", "another-secret-another-secret-another!")}`, secret),
    ).toBeNull();
    expect(await id(`authjs.session-token=${await token("u1", "__Secure-authjs.session-token")}`, secret)).toBeNull();
    expect(await id("authjs.session-token=garbage", secret)).toBeNull();
  });
  it("returns the session version the token carries", async () => {
    expect(await userIdFromCookie(`authjs.session-token=${await token("u1")}`, secret)).toEqual({ userId: "u1", sessionVersion: 3 });
  });
  it("parses cookie headers", () => {
    expect(parseCookies("a=1; b=x%3Dy").get("b")).toBe("x=y");
  });
});

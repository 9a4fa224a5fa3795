import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { parseCookies, userIdFromCookie } from "./session-cookie";

const secret = "a-test-secret-of-at-least-32-characters!";
const token = (sub: string, salt = "authjs.session-token", key = secret) => encode({ token: { sub }, secret: key, salt });

describe("userIdFromCookie", () => {
  it("reads the Auth.js session cookie", async () => {
    expect(await userIdFromCookie(`other=1; authjs.session-token=${await token("u1")}`, secret)).toBe("u1");
    expect(await userIdFromCookie(`__Secure-authjs.session-token=${await token("u2", "__Secure-authjs.session-token")}`, secret)).toBe("u2");
  });
  it("joins chunked cookies", async () => {
    const t = await token("u3");
    expect(await userIdFromCookie(`authjs.session-token.0=${t.slice(0, 40)}; authjs.session-token.1=${t.slice(40)}`, secret)).toBe("u3");
  });
  it("rejects missing, forged and foreign-salted tokens", async () => {
    expect(await userIdFromCookie(undefined, secret)).toBeNull();
    expect(await userIdFromCookie(`authjs.session-token=${await token("u1", "authjs.session-token", "another-secret-another-secret-another!")}`, secret)).toBeNull();
    expect(await userIdFromCookie(`authjs.session-token=${await token("u1", "__Secure-authjs.session-token")}`, secret)).toBeNull();
    expect(await userIdFromCookie("authjs.session-token=garbage", secret)).toBeNull();
  });
  it("parses cookie headers", () => {
    expect(parseCookies("a=1; b=x%3Dy").get("b")).toBe("x=y");
  });
});

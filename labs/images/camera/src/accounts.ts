// Account names, password policies and the HA1 values Digest and Basic are checked against.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Account, Role } from "./store";

export const ACCOUNT_NAME = /^[a-zA-Z0-9]{1,14}$/;
export type PasswordPolicy = "none" | "length" | "complexity";

const POLICY_RULES: Record<PasswordPolicy, string> = {
  none: "1-64 printable ASCII characters",
  length: "15-64 printable ASCII characters",
  complexity: "8-64 printable ASCII characters with upper case, lower case, digit and special character",
};

/** The policy's rules as regex sources: the server checks them here, the web wizard shows them live (same data). */
const len = (min: number) => ({ text: `${min}-64 characters`, pattern: `^[\\s\\S]{${min},64}$` });
const PRINTABLE = { text: "only printable ASCII characters", pattern: "^[\\x20-\\x7e]*$" };
export const PASSWORD_CHECKS: Record<PasswordPolicy, { text: string; pattern: string }[]> = {
  none: [len(1), PRINTABLE],
  length: [len(15), PRINTABLE],
  complexity: [
    len(8),
    PRINTABLE,
    { text: "an upper case letter", pattern: "[A-Z]" },
    { text: "a lower case letter", pattern: "[a-z]" },
    { text: "a digit", pattern: "[0-9]" },
    { text: "a special character", pattern: "[^A-Za-z0-9]" },
  ],
};

/** Returns null when the password satisfies the policy, otherwise the error line to answer. */
export function checkPassword(pwd: string, policy: PasswordPolicy): string | null {
  const ok = PASSWORD_CHECKS[policy].every((r) => new RegExp(r.pattern).test(pwd));
  return ok ? null : `Error: password does not meet the password policy (${policy}): ${POLICY_RULES[policy]}.`;
}

const md5 = (s: string) => createHash("md5").update(s).digest("hex");
const sha256hex = (s: string) => createHash("sha256").update(s).digest("hex");

/** `sealKey` (32 bytes, from the device key) keeps the password recoverable for ONVIF's UsernameToken digest. */
export function makeAccount(user: string, pwd: string, role: Role, realm: string, opts: { ptz?: boolean; sealKey?: Buffer } = {}): Account {
  return {
    role,
    ha1md5: md5(`${user}:${realm}:${pwd}`),
    ha1sha256: sha256hex(`${user}:${realm}:${pwd}`),
    createdAt: new Date().toISOString(),
    ...(opts.ptz ? { ptz: true } : {}),
    ...(opts.sealKey ? { sealed: seal(pwd, opts.sealKey) } : {}),
  };
}

function seal(pwd: string, key: Buffer): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([c.update(pwd, "utf8"), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString("base64");
}
/** The account's password, or null when it was created without one sealed (or the key changed). */
export function unseal(sealed: string | undefined, key: Buffer): string | null {
  if (!sealed) return null;
  try {
    const raw = Buffer.from(sealed, "base64");
    const d = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export const hasPtzGroup = (sgrp: string) => sgrp.split(":").some((g) => g.trim().toLowerCase() === "ptz");

/** sgrp "admin:operator:viewer:ptz" -> the highest role named. */
export function roleFromGroups(sgrp: string): Role | null {
  const groups = sgrp.split(":").map((g) => g.trim().toLowerCase());
  if (groups.includes("admin")) return "admin";
  if (groups.includes("operator")) return "operator";
  if (groups.includes("viewer")) return "viewer";
  return null;
}

// Account names, password policies and the HA1 values Digest and Basic are checked against.
import { createHash } from "node:crypto";
import type { Account, Role } from "./store";

export const ACCOUNT_NAME = /^[a-zA-Z0-9]{1,14}$/;
export type PasswordPolicy = "none" | "length" | "complexity";

export const POLICY_RULES: Record<PasswordPolicy, string> = {
  none: "1-64 printable ASCII characters",
  length: "15-64 printable ASCII characters",
  complexity: "8-64 printable ASCII characters with upper case, lower case, digit and special character",
};

/** Returns null when the password satisfies the policy, otherwise the error line to answer. */
export function checkPassword(pwd: string, policy: PasswordPolicy): string | null {
  const printable = /^[\x20-\x7e]*$/.test(pwd);
  const ok =
    printable &&
    pwd.length <= 64 &&
    (policy === "none"
      ? pwd.length >= 1
      : policy === "length"
        ? pwd.length >= 15
        : pwd.length >= 8 && /[A-Z]/.test(pwd) && /[a-z]/.test(pwd) && /[0-9]/.test(pwd) && /[^A-Za-z0-9]/.test(pwd));
  return ok ? null : `Error: password does not meet the password policy (${policy}): ${POLICY_RULES[policy]}.`;
}

export const md5 = (s: string) => createHash("md5").update(s).digest("hex");
export const sha256hex = (s: string) => createHash("sha256").update(s).digest("hex");

export function makeAccount(user: string, pwd: string, role: Role, realm: string): Account {
  return { role, ha1md5: md5(`${user}:${realm}:${pwd}`), ha1sha256: sha256hex(`${user}:${realm}:${pwd}`), createdAt: new Date().toISOString() };
}

/** sgrp "admin:operator:viewer:ptz" -> the highest role named. */
export function roleFromGroups(sgrp: string): Role | null {
  const groups = sgrp.split(":").map((g) => g.trim().toLowerCase());
  if (groups.includes("admin")) return "admin";
  if (groups.includes("operator")) return "operator";
  if (groups.includes("viewer")) return "viewer";
  return null;
}

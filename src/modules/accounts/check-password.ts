import { COMMON_PASSWORDS, normalisePassword } from "./common-passwords";

// The policy stated to users: at least 12 characters using three of lower case, upper case,
// digits and symbols, or a passphrase of 20+ characters; never a common or breached-looking one,
// nor one built from the user's own name or email.
export const PASSWORD_POLICY_TEXT =
  "At least 12 characters using three of: lower case, upper case, digits, symbols — or a passphrase of 20 or more characters. Common passwords and ones containing your name or email are refused.";

export const PASSWORD_MAX_LENGTH = 128;

export function characterClasses(password: string): number {
  return [/[a-z]/u, /[A-Z]/u, /[0-9]/u, /[^A-Za-z0-9]/u].filter((re) => re.test(password)).length;
}

export function checkPassword(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || COMMON_PASSWORDS.has(normalisePassword(password))) {
    return "This password is too common or appears in breach lists. Choose another.";
  }
  if (/^(.)\1+$/u.test(password) || /^(.{1,4})\1{2,}$/u.test(password)) {
    return "This password is a repeated pattern. Choose another.";
  }
  const personal = [context.email?.split("@")[0], ...(context.name?.split(/\s+/u) ?? [])]
    .map((p) => p?.toLowerCase() ?? "")
    .filter((p) => p.length >= 4);
  if (personal.some((p) => lowered.includes(p))) return "Password must not contain your name or email.";
  const isPassphrase = password.length >= 20;
  if (!isPassphrase && password.length < 12) return "Password must be at least 12 characters (or a passphrase of 20+).";
  if (!isPassphrase && characterClasses(password) < 3) {
    return "Password must use three of: lower case, upper case, digits, symbols (or be a passphrase of 20+).";
  }
  return null;
}

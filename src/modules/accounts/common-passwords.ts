// A small shipped list of common and breached-looking passwords (lower-cased). Matching is done
// on a normalised form, so "Password123!" and "p@ssw0rd" are caught too.
export const COMMON_PASSWORDS = new Set([
  "123456", "123456789", "12345678", "1234567890", "qwerty", "qwertyuiop", "password", "password1",
  "password123", "passw0rd", "letmein", "welcome", "welcome1", "iloveyou", "admin", "admin123",
  "administrator", "root", "toor", "changeme", "default", "abc123", "monkey", "dragon", "football",
  "baseball", "sunshine", "princess", "master", "shadow", "superman", "trustno1", "starwars",
  "whatever", "qazwsx", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "aa123456", "111111", "000000",
  "654321", "666666", "123123", "987654321", "camera", "camera123", "security", "security1",
  "secret", "secret123", "installer", "pass", "pass1234", "test", "test123", "guest", "user",
  "operator", "viewer", "service", "support", "axis", "hikvision", "dahua", "ubnt", "cisco",
  "summer", "winter", "spring", "autumn", "january", "december", "hello", "freedom", "login",
  "access", "cyberwall", "academy", "qwerty123", "asdfghjkl", "zxcvbnm", "correcthorsebatterystaple",
  "password12345", "welcome123", "admin1234", "letmein123", "iloveyou123", "qwertyuiop123",
]);

/** Lower-case, undo common leet substitutions, strip trailing digits/symbols and years. */
export function normalisePassword(password: string): string {
  const leet: Record<string, string> = { "@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t" };
  const lowered = password.toLowerCase();
  const stripped = lowered.replace(/(19|20)?\d{0,4}[^a-z0-9]*$/u, "");
  return (stripped || lowered).replace(/[@4310!$57]/gu, (c) => leet[c] ?? c);
}

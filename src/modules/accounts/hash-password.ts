import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1).
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  // Hash anyway when the account does not exist, so timing does not reveal which emails exist.
  if (!passwordHash) {
    await hash(password, OPTIONS);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

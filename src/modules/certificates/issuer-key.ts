import fs from "node:fs/promises";
import path from "node:path";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { z } from "zod";

// Read here rather than in src/server/env.ts: only this module needs it.
const keyEnv = z.object({ ISSUER_KEY_PATH: z.string().min(1).default("data/issuer-key.json") });
const privateJwk = {
  EdDSA: z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string(), d: z.string() }),
  RS256: z.object({ kty: z.literal("RSA"), n: z.string(), e: z.string(), d: z.string(), p: z.string(), q: z.string() }).passthrough(),
};
export type Alg = keyof typeof privateJwk;

export type SigningKey = { alg: Alg; kid: string; privateKey: CryptoKey; publicJwk: JWK; publicKey: CryptoKey };
/** RS256 signs credentials (the algorithm OB 3.0 requires every verifier to support); EdDSA signs the status list and verifies credentials issued before RS256. */
export type IssuerKeys = { rs256: SigningKey; eddsa: SigningKey };

export function issuerKeyPath(source: NodeJS.ProcessEnv = process.env): string {
  return keyEnv.parse(source).ISSUER_KEY_PATH;
}

/** The RSA key lives beside the Ed25519 one: data/issuer-key.json -> data/issuer-key-rs256.json. */
export const rsaKeyPath = (file: string) => file.replace(/(\.json)?$/u, "-rs256.json");

async function createKeyFile(file: string, alg: Alg): Promise<void> {
  const { privateKey } =
    alg === "EdDSA"
      ? await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true })
      : await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  const body = { kid: await calculateJwkThumbprint(jwk), createdAt: new Date().toISOString(), privateJwk: jwk };
  await fs.mkdir(path.dirname(file), { recursive: true });
  // "wx": if two processes start at once, exactly one creates the file and the other reads it.
  await fs.writeFile(file, JSON.stringify(body, null, 2) + "\n", { flag: "wx", mode: 0o600 }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "EEXIST") throw e;
  });
}

async function readKey(file: string, alg: Alg): Promise<SigningKey> {
  let text = await fs.readFile(file, "utf8");
  // A reader racing the creator may see an empty file for a moment.
  for (let i = 0; i < 20 && !text.trim(); i++) {
    await new Promise((r) => setTimeout(r, 50));
    text = await fs.readFile(file, "utf8");
  }
  const parsed = z.object({ kid: z.string().min(1), createdAt: z.string(), privateJwk: privateJwk[alg] }).parse(JSON.parse(text));
  const secret = parsed.privateJwk as JWK;
  const publicJwk: JWK =
    alg === "EdDSA"
      ? { kty: "OKP", crv: "Ed25519", x: secret.x, kid: parsed.kid, alg, use: "sig" }
      : { kty: "RSA", n: secret.n, e: secret.e, kid: parsed.kid, alg, use: "sig" };
  return {
    alg,
    kid: parsed.kid,
    privateKey: (await importJWK(secret, alg)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, alg)) as CryptoKey,
    publicJwk,
  };
}

async function loadOne(file: string, alg: Alg): Promise<SigningKey> {
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) await createKeyFile(file, alg);
  else await fs.chmod(file, 0o600).catch(() => undefined);
  return readKey(file, alg);
}

const cache = new Map<string, Promise<IssuerKeys>>();

/** The academy's issuer keys (Ed25519 and RSA): generated on first use, kept with 0600 permissions. */
export function loadIssuerKeys(file = issuerKeyPath()): Promise<IssuerKeys> {
  let pending = cache.get(file);
  if (!pending) {
    pending = Promise.all([loadOne(file, "EdDSA"), loadOne(rsaKeyPath(file), "RS256")]).then(([eddsa, rs256]) => ({ eddsa, rs256 }));
    pending.catch(() => cache.delete(file));
    cache.set(file, pending);
  }
  return pending;
}

import fs from "node:fs/promises";
import path from "node:path";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { z } from "zod";

// Read here rather than in src/server/env.ts: only this module needs it.
const keyEnv = z.object({ ISSUER_KEY_PATH: z.string().min(1).default("data/issuer-key.json") });
const keyFile = z.object({
  kid: z.string().min(1),
  createdAt: z.string(),
  privateJwk: z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string(), d: z.string() }),
});

export type IssuerKey = { kid: string; privateKey: CryptoKey; publicJwk: JWK; publicKey: CryptoKey };

export function issuerKeyPath(source: NodeJS.ProcessEnv = process.env): string {
  return keyEnv.parse(source).ISSUER_KEY_PATH;
}

async function createKeyFile(file: string): Promise<void> {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const jwk = await exportJWK(privateKey);
  const body = { kid: await calculateJwkThumbprint(jwk), createdAt: new Date().toISOString(), privateJwk: jwk };
  await fs.mkdir(path.dirname(file), { recursive: true });
  // "wx": if two processes start at once, exactly one creates the file and the other reads it.
  await fs.writeFile(file, JSON.stringify(body, null, 2) + "\n", { flag: "wx", mode: 0o600 }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "EEXIST") throw e;
  });
}

async function readKey(file: string): Promise<IssuerKey> {
  let text = await fs.readFile(file, "utf8");
  // A reader racing the creator may see an empty file for a moment.
  for (let i = 0; i < 20 && !text.trim(); i++) {
    await new Promise((r) => setTimeout(r, 50));
    text = await fs.readFile(file, "utf8");
  }
  const parsed = keyFile.parse(JSON.parse(text));
  const { d: _private, ...publicJwk } = parsed.privateJwk;
  const jwk: JWK = { ...publicJwk, kid: parsed.kid, alg: "EdDSA", use: "sig" };
  return {
    kid: parsed.kid,
    privateKey: (await importJWK(parsed.privateJwk, "EdDSA")) as CryptoKey,
    publicKey: (await importJWK(jwk, "EdDSA")) as CryptoKey,
    publicJwk: jwk,
  };
}

const cache = new Map<string, Promise<IssuerKey>>();

/** The academy's Ed25519 issuer key: generated on first use, kept with 0600 permissions. */
export function loadIssuerKey(file = issuerKeyPath()): Promise<IssuerKey> {
  let pending = cache.get(file);
  if (!pending) {
    pending = (async () => {
      const exists = await fs.stat(file).then(() => true, () => false);
      if (!exists) await createKeyFile(file);
      else await fs.chmod(file, 0o600).catch(() => undefined);
      return readKey(file);
    })();
    pending.catch(() => cache.delete(file));
    cache.set(file, pending);
  }
  return pending;
}

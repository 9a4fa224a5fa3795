import { createHash } from "node:crypto";
import type { JWK } from "jose";
import { env } from "@/src/server/env";

export const ISSUER_NAME = "Cyberwall Academy";
export const STATUS_LIST_ID = "1";

/** The public origin credentials point to (AUTH_URL in production, else the bound host and port). */
export function publicBaseUrl(): string {
  const e = env();
  return (e.AUTH_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/u, "");
}

/** did:web for the origin; a port is percent-encoded per the did:web method. */
export function issuerDid(base = publicBaseUrl()): string {
  const url = new URL(base);
  return `did:web:${encodeURIComponent(url.host)}`;
}

export function verificationMethodId(kid: string, base = publicBaseUrl()) {
  return `${issuerDid(base)}#${kid}`;
}

export const statusListUrl = (base = publicBaseUrl()) => `${base}/api/certificates/status/${STATUS_LIST_ID}`;
export const verifyUrl = (id: string, base = publicBaseUrl()) => `${base}/verify/${id}`;

export const badgeImageUrl = (examSlug: string, base = publicBaseUrl()) => `${base}/api/badges/${examSlug}.svg`;

/**
 * The holder's credentialSubject.id: a stable URI per academy account that reveals nothing about the
 * person (not the email; the same for every credential of that holder).
 */
export function holderSubjectId(userId: string): string {
  const h = createHash("sha256").update(`cyberwall-academy:holder:${userId}`).digest("hex");
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The issuer's public keys as a JWK Set; `kid` is the DID URL that credentials name in their JOSE header. */
export function jwkSet(publicJwks: JWK[], base = publicBaseUrl()) {
  return { keys: publicJwks.map((k) => ({ ...k, kid: verificationMethodId(k.kid!, base) })) };
}

export function didDocument(publicJwks: JWK[], base = publicBaseUrl()) {
  const did = issuerDid(base);
  const ids = publicJwks.map((k) => `${did}#${k.kid}`);
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
    id: did,
    verificationMethod: publicJwks.map((k, i) => ({ id: ids[i], type: "JsonWebKey", controller: did, publicKeyJwk: k })),
    assertionMethod: ids,
    authentication: ids,
    service: [{ id: `${did}#academy`, type: "LinkedDomains", serviceEndpoint: base }],
  };
}

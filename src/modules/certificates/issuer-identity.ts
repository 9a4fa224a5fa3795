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

export function didDocument(publicJwk: JWK, base = publicBaseUrl()) {
  const did = issuerDid(base);
  const vm = `${did}#${publicJwk.kid}`;
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
    id: did,
    verificationMethod: [{ id: vm, type: "JsonWebKey", controller: did, publicKeyJwk: publicJwk }],
    assertionMethod: [vm],
    authentication: [vm],
    service: [{ id: `${did}#academy`, type: "LinkedDomains", serviceEndpoint: base }],
  };
}

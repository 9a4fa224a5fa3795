import { SignJWT } from "jose";
import type { IssuerKeys, SigningKey } from "./issuer-key";

type SignableCredential = {
  id: string;
  issuer: { id: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: { id: string };
};

const numericDate = (iso: string) => Date.parse(iso) / 1000;

/**
 * OB 3.0 VC-JWT ("JSON Web Token Proof Format"): the JOSE header has only alg (RS256), kid (a DID URL
 * that dereferences to the key) and typ "JWT"; iss/jti/sub/nbf/exp repeat issuer.id, id,
 * credentialSubject.id, validFrom and validUntil. The payload is the credential itself.
 */
export async function signCredential(credential: SignableCredential, keys: Pick<IssuerKeys, "rs256">): Promise<string> {
  const nbf = numericDate(credential.validFrom);
  if (!Number.isInteger(nbf)) throw new Error("validFrom must have whole seconds (it must equal nbf).");
  const jwt = new SignJWT(credential as unknown as Record<string, unknown>)
    .setProtectedHeader({ alg: "RS256", kid: `${credential.issuer.id}#${keys.rs256.kid}`, typ: "JWT" })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setSubject(credential.credentialSubject.id)
    .setNotBefore(nbf)
    .setIssuedAt(nbf);
  if (credential.validUntil) jwt.setExpirationTime(numericDate(credential.validUntil));
  return jwt.sign(keys.rs256.privateKey);
}

/** The BitstringStatusListCredential (VC-JOSE-COSE, typ vc+jwt), signed with the Ed25519 key. */
export async function signStatusList(credential: { id: string; issuer: string }, key: SigningKey): Promise<string> {
  return new SignJWT(credential as Record<string, unknown>)
    .setProtectedHeader({ alg: "EdDSA", typ: "vc+jwt", cty: "vc", kid: `${credential.issuer}#${key.kid}` })
    .setIssuer(credential.issuer)
    .setJti(credential.id)
    .setIssuedAt()
    .sign(key.privateKey);
}

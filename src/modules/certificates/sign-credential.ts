import { SignJWT } from "jose";
import type { IssuerKey } from "./issuer-key";

/** VC-JWT (VC-JOSE-COSE): the credential is the JWT payload, signed EdDSA/Ed25519 by the issuer. */
export async function signCredential(credential: { id: string; issuer: string | { id: string } }, key: IssuerKey): Promise<string> {
  const issuer = typeof credential.issuer === "string" ? credential.issuer : credential.issuer.id;
  return new SignJWT(credential as Record<string, unknown>)
    .setProtectedHeader({ alg: "EdDSA", typ: "vc+jwt", cty: "vc", kid: `${issuer}#${key.kid}` })
    .setIssuer(issuer)
    .setJti(credential.id)
    .setIssuedAt()
    .sign(key.privateKey);
}

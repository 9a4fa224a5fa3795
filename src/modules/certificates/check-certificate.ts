import "server-only";
import { decodeJwt } from "jose";
import { buildStatusListCredential } from "./build-credential";
import { issuerDid, publicBaseUrl } from "./issuer-identity";
import { loadIssuerKeys } from "./issuer-key";
import { signStatusList } from "./sign-credential";
import { encodeStatusList } from "./status-list";
import { verificationKeys, verifyCredentialJwt, type VerificationResult } from "./verify-credential";
import { findCertificate, listRevokedIndexes } from "./queries";

export async function currentEncodedStatusList(): Promise<string> {
  return encodeStatusList(await listRevokedIndexes());
}

/** The signed BitstringStatusListCredential that every certificate's credentialStatus points to. */
export async function signedStatusList(now = new Date()): Promise<string> {
  const base = publicBaseUrl();
  const credential = buildStatusListCredential(await currentEncodedStatusList(), base, now);
  return signStatusList(credential, (await loadIssuerKeys()).eddsa);
}

/** Verifies any pasted VC-JWT the way an outside verifier would: our key, our status list. */
export async function verifyJwt(jwt: string, now = new Date()): Promise<VerificationResult> {
  return verifyCredentialJwt(jwt, {
    keys: verificationKeys(await loadIssuerKeys()),
    expectedIssuer: issuerDid(publicBaseUrl()),
    encodedStatusList: await currentEncodedStatusList(),
    now,
  });
}

export type CertificateCheck = VerificationResult & {
  certificate: {
    id: string;
    holderName: string;
    achievementTitle: string;
    examSlug: string;
    issuedAt: Date;
    validUntil: Date;
    revokedAt: Date | null;
    revocationReason: string | null;
    jwt: string;
  };
};

/**
 * The status of a stored certificate: its signed credential is re-verified, and the signed claims
 * must agree with the row (an edited row or credential reads as tampered).
 */
export async function checkCertificate(id: string, now = new Date()): Promise<CertificateCheck | null> {
  const row = await findCertificate(id);
  if (!row) return null;
  const result = await verifyJwt(row.jwt, now);
  const certificate = row;
  if (result.status === "tampered") return { ...result, certificate };
  let claims: Record<string, unknown> = {};
  try {
    claims = decodeJwt(row.jwt);
  } catch {}
  const agrees =
    result.credential?.certificateId === row.id &&
    result.credential.holderName === row.holderName &&
    new Date(result.credential.validUntil).getTime() === row.validUntil.getTime() &&
    result.credential.statusListIndex === row.statusListIndex &&
    claims.name === row.achievementTitle;
  if (!agrees)
    return {
      status: "tampered",
      reason: "The stored record does not match its signed credential.",
      credential: result.credential,
      certificate,
    };
  return { ...result, certificate };
}

import { decodeJwt, jwtVerify, type CryptoKey } from "jose";
import { z } from "zod";
import { decodeStatusList, readStatusBit } from "./status-list";

export type VerificationStatus = "valid" | "expired" | "revoked" | "tampered";
export type VerificationResult = {
  status: VerificationStatus;
  reason: string;
  credential?: {
    id: string;
    certificateId: string;
    issuer: string;
    holderName: string | null;
    achievement: string;
    validFrom: string;
    validUntil: string;
    statusListIndex: number;
  };
};

const payloadSchema = z.object({
  id: z.string().startsWith("urn:uuid:"),
  type: z.array(z.string()).refine((t) => t.includes("VerifiableCredential") && t.includes("OpenBadgeCredential"), "not an OpenBadgeCredential"),
  issuer: z.object({ id: z.string() }),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime(),
  credentialSubject: z.object({
    identifier: z.array(z.object({ identityType: z.string(), identityHash: z.string() })).optional(),
    achievement: z.object({ name: z.string() }),
  }),
  credentialStatus: z.object({ type: z.literal("BitstringStatusListEntry"), statusPurpose: z.literal("revocation"), statusListIndex: z.string().regex(/^\d+$/u) }),
});

export type VerifyOptions = {
  publicKey: CryptoKey;
  expectedIssuer: string;
  /** The issuer's current revocation list `encodedList` (from its BitstringStatusListCredential). */
  encodedStatusList: string;
  now?: Date;
};

/**
 * Verifies a VC-JWT: signature with the issuer's public key (anything else -> tampered), the
 * credential's shape and issuer, then revocation (status list) and expiry.
 */
export async function verifyCredentialJwt(jwt: string, options: VerifyOptions): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(jwt.trim(), options.publicKey, { algorithms: ["EdDSA"], typ: "vc+jwt" }));
  } catch {
    let readable = false;
    try {
      decodeJwt(jwt.trim());
      readable = true;
    } catch {}
    return { status: "tampered", reason: readable ? "The signature does not match the content: it was altered or not signed by this academy." : "This is not a readable VC-JWT." };
  }
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return { status: "tampered", reason: "The signed payload is not an Open Badges credential of this academy." };
  const vc = parsed.data;
  if (vc.issuer.id !== options.expectedIssuer) return { status: "tampered", reason: `Unexpected issuer ${vc.issuer.id}.` };
  const index = Number(vc.credentialStatus.statusListIndex);
  const credential = {
    id: vc.id,
    certificateId: vc.id.slice("urn:uuid:".length),
    issuer: vc.issuer.id,
    holderName: vc.credentialSubject.identifier?.find((i) => i.identityType === "name")?.identityHash ?? null,
    achievement: vc.credentialSubject.achievement.name,
    validFrom: vc.validFrom,
    validUntil: vc.validUntil,
    statusListIndex: index,
  };
  if (readStatusBit(decodeStatusList(options.encodedStatusList), index)) return { status: "revoked", reason: "The issuer has revoked this credential.", credential };
  if (new Date(vc.validUntil) <= now) return { status: "expired", reason: `The credential expired on ${vc.validUntil.slice(0, 10)}.`, credential };
  if (new Date(vc.validFrom) > now) return { status: "tampered", reason: "The credential is not valid yet.", credential };
  return { status: "valid", reason: "Signature, issuer, revocation status and validity period all check out.", credential };
}

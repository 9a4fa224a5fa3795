import { compactVerify, decodeProtectedHeader, type CryptoKey, type JWK, calculateJwkThumbprint } from "jose";
import { z } from "zod";
import { verificationMethodId } from "./issuer-identity";
import type { IssuerKeys } from "./issuer-key";
import { decodeStatusList, readStatusBit } from "./status-list";

export type VerificationStatus = "valid" | "expired" | "revoked" | "tampered";
export type VerificationResult = {
  status: VerificationStatus;
  reason: string;
  credential?: {
    id: string;
    certificateId: string;
    issuer: string;
    subject: string | null;
    holderName: string | null;
    achievement: string;
    validFrom: string;
    validUntil: string;
    statusListIndex: number;
    evidence: { name: string; digestSRI?: string }[];
  };
};

const payloadSchema = z.object({
  id: z.string().startsWith("urn:uuid:"),
  type: z
    .array(z.string())
    .refine((t) => t.includes("VerifiableCredential") && t.includes("OpenBadgeCredential"), "not an OpenBadgeCredential"),
  issuer: z.object({ id: z.string() }),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime(),
  credentialSubject: z.object({
    id: z.string().optional(), // absent only in credentials issued before the OB 3.0 binding fix
    identifier: z.array(z.object({ identityType: z.string(), identityHash: z.string() })).optional(),
    achievement: z.object({ name: z.string() }),
  }),
  credentialStatus: z.object({
    type: z.literal("BitstringStatusListEntry"),
    statusPurpose: z.literal("revocation"),
    statusListIndex: z.string().regex(/^\d+$/u),
  }),
  evidence: z.array(z.object({ name: z.string(), digestSRI: z.string().optional() })).default([]),
  iss: z.string().optional(),
  jti: z.string().optional(),
  sub: z.string().optional(),
  nbf: z.number().optional(),
  exp: z.number().optional(),
});
type Payload = z.infer<typeof payloadSchema>;

/** One published issuer key; `id` is the DID URL a JOSE header names in `kid`. */
export type VerificationKey = { id: string; alg: "RS256" | "EdDSA"; publicKey: CryptoKey; publicJwk: JWK };

/** The issuer's published keys as a verifier resolves them from did.json (kid = DID URL). */
export function verificationKeys(keys: IssuerKeys, base?: string): VerificationKey[] {
  return [keys.rs256, keys.eddsa].map((k) => ({
    id: verificationMethodId(k.kid, base),
    alg: k.alg,
    publicKey: k.publicKey,
    publicJwk: k.publicJwk,
  }));
}

export type VerifyOptions = {
  keys: VerificationKey[];
  expectedIssuer: string;
  /** The issuer's current revocation list `encodedList` (from its BitstringStatusListCredential). */
  encodedStatusList: string;
  now?: Date;
};

const ALLOWED_HEADER = new Set(["alg", "kid", "jwk", "typ"]);
const tampered = (reason: string): VerificationResult => ({ status: "tampered", reason });

/**
 * Which key verifies this JWS. OB 3.0: the header has only alg, kid (or jwk) and typ "JWT". Credentials
 * issued before that rule was enforced carry `typ: vc+jwt, cty: vc` with EdDSA and stay verifiable.
 */
async function selectKey(header: Record<string, unknown>, keys: VerificationKey[]): Promise<VerificationKey | string> {
  const legacy = header.typ === "vc+jwt" && header.alg === "EdDSA";
  if (!legacy) {
    const extra = Object.keys(header).filter((k) => !ALLOWED_HEADER.has(k));
    if (extra.length) return `The JOSE header carries ${extra.join(", ")}; OB 3.0 allows only alg, kid, jwk and typ.`;
    if (header.typ !== undefined && header.typ !== "JWT") return `The JOSE header's typ is ${String(header.typ)}; OB 3.0 requires "JWT".`;
    if (!header.kid && !header.jwk) return "The JOSE header names no key (kid or jwk).";
  }
  for (const k of keys) {
    if (k.alg !== header.alg) continue;
    if (header.kid === k.id) return k;
    if (!header.kid && header.jwk && (await calculateJwkThumbprint(header.jwk as JWK)) === (await calculateJwkThumbprint(k.publicJwk)))
      return k;
  }
  return "The signature does not match the content: it was altered or not signed by this academy.";
}

/** OB 3.0 "Verify a Credential VC-JWT Signature": the registered claims must repeat the credential. */
function bindingProblem(vc: Payload): string | null {
  const seconds = (iso: string) => Date.parse(iso) / 1000;
  if (vc.iss !== vc.issuer.id) return "The iss claim does not match issuer.id.";
  if (vc.jti !== vc.id) return "The jti claim does not match the credential id.";
  if (!vc.credentialSubject.id || vc.sub !== vc.credentialSubject.id) return "The sub claim does not match credentialSubject.id.";
  if (vc.nbf !== seconds(vc.validFrom)) return "The nbf claim does not equal validFrom.";
  if (vc.exp !== seconds(vc.validUntil)) return "The exp claim does not equal validUntil.";
  return null;
}

/**
 * Verifies a VC-JWT: signature with the issuer's key named in the header (anything else -> tampered),
 * the OB 3.0 JWT binding, the credential's shape and issuer, then revocation (status list) and expiry.
 */
export async function verifyCredentialJwt(jwt: string, options: VerifyOptions): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(jwt.trim()) as Record<string, unknown>;
  } catch {
    return tampered("This is not a readable VC-JWT.");
  }
  const key = await selectKey(header, options.keys);
  if (typeof key === "string") return tampered(key);
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode((await compactVerify(jwt.trim(), key.publicKey, { algorithms: [key.alg] })).payload));
  } catch {
    return tampered("The signature does not match the content: it was altered or not signed by this academy.");
  }
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return tampered("The signed payload is not an Open Badges credential of this academy.");
  const vc = parsed.data;
  if (header.typ !== "vc+jwt") {
    const problem = bindingProblem(vc);
    if (problem) return tampered(problem);
  }
  if (vc.issuer.id !== options.expectedIssuer) return tampered(`Unexpected issuer ${vc.issuer.id}.`);
  const index = Number(vc.credentialStatus.statusListIndex);
  const credential = {
    id: vc.id,
    certificateId: vc.id.slice("urn:uuid:".length),
    issuer: vc.issuer.id,
    subject: vc.credentialSubject.id ?? null,
    holderName: vc.credentialSubject.identifier?.find((i) => i.identityType === "name")?.identityHash ?? null,
    achievement: vc.credentialSubject.achievement.name,
    validFrom: vc.validFrom,
    validUntil: vc.validUntil,
    statusListIndex: index,
    evidence: vc.evidence.map((e) => ({ name: e.name, digestSRI: e.digestSRI })),
  };
  if (readStatusBit(decodeStatusList(options.encodedStatusList), index))
    return { status: "revoked", reason: "The issuer has revoked this credential.", credential };
  if (new Date(vc.validUntil) <= now)
    return { status: "expired", reason: `The credential expired on ${vc.validUntil.slice(0, 10)}.`, credential };
  if (new Date(vc.validFrom) > now) return { status: "tampered", reason: "The credential is not valid yet.", credential };
  return { status: "valid", reason: "Signature, issuer, revocation status and validity period all check out.", credential };
}

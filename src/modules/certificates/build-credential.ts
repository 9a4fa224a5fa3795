import { createHash } from "node:crypto";
import { issuerDid, ISSUER_NAME, statusListUrl, verifyUrl } from "./issuer-identity";

const VC_V2 = "https://www.w3.org/ns/credentials/v2";
const OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

export type CredentialInput = {
  id: string; // certificate id (uuid)
  holderName: string;
  holderEmail: string;
  examSlug: string;
  achievementTitle: string;
  programme: string;
  criteria: string;
  issuedAt: Date;
  validUntil: Date;
  statusListIndex: number;
  evidence: { attemptId: string; narrative: string; digestSRI: string };
};

/** Hash of the attempt summary: evidence that can be checked without publishing the answers. */
export function hashAttemptSummary(summary: Record<string, unknown>): string {
  const canonical = JSON.stringify(summary, Object.keys(summary).sort());
  return `sha384-${createHash("sha384").update(canonical).digest("base64")}`;
}

/** An Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0), unsigned. */
export function buildOpenBadgeCredential(input: CredentialInput, base: string) {
  const did = issuerDid(base);
  const salt = createHash("sha256").update(`salt:${input.id}`).digest("hex").slice(0, 16);
  return {
    "@context": [VC_V2, OB_V3],
    id: `urn:uuid:${input.id}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: input.achievementTitle,
    issuer: { id: did, type: ["Profile"], name: ISSUER_NAME, url: base },
    validFrom: input.issuedAt.toISOString(),
    validUntil: input.validUntil.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        { type: "IdentityObject", identityType: "name", hashed: false, identityHash: input.holderName },
        // The email is only hashed (salted): a verifier who knows it can confirm, nobody can read it.
        { type: "IdentityObject", identityType: "emailAddress", hashed: true, salt, identityHash: `sha256$${createHash("sha256").update(input.holderEmail + salt).digest("hex")}` },
      ],
      achievement: {
        id: `${base}/exams/${input.examSlug}#achievement`,
        type: ["Achievement"],
        achievementType: "Certificate",
        name: input.achievementTitle,
        description: `${input.programme}: awarded for passing the ${input.achievementTitle} exam.`,
        criteria: { narrative: input.criteria },
        creator: { id: did, type: ["Profile"], name: ISSUER_NAME },
      },
    },
    credentialStatus: {
      id: `${statusListUrl(base)}#${input.statusListIndex}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(input.statusListIndex),
      statusListCredential: statusListUrl(base),
    },
    evidence: [
      {
        id: `${verifyUrl(input.id, base)}#evidence`,
        type: ["Evidence"],
        name: "Exam attempt summary",
        narrative: input.evidence.narrative,
        digestSRI: input.evidence.digestSRI,
      },
    ],
  };
}

export type OpenBadgeCredential = ReturnType<typeof buildOpenBadgeCredential>;

/** The revocation list itself, a BitstringStatusListCredential (signed like any credential). */
export function buildStatusListCredential(encodedList: string, base: string, now: Date) {
  return {
    "@context": [VC_V2],
    id: statusListUrl(base),
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: issuerDid(base),
    validFrom: now.toISOString(),
    credentialSubject: { id: `${statusListUrl(base)}#list`, type: "BitstringStatusList", statusPurpose: "revocation", encodedList },
  };
}

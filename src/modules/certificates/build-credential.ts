import { createHash } from "node:crypto";
import { badgeImageUrl, holderSubjectId, issuerDid, ISSUER_NAME, statusListUrl } from "./issuer-identity";

const VC_V2 = "https://www.w3.org/ns/credentials/v2";
const OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

/** An OB 3.0 Evidence entry (see build-evidence.ts). */
export type EvidenceEntry = { id: string; type: ["Evidence"]; name: string; narrative: string; genre?: string; digestSRI?: string };

export type CredentialInput = {
  id: string; // certificate id (uuid)
  holderId: string; // academy account id: becomes the stable subject URI
  holderName: string;
  holderEmail: string;
  examSlug: string;
  achievementTitle: string;
  programme: string;
  criteria: string;
  issuedAt: Date;
  validUntil: Date;
  statusListIndex: number;
  evidence: EvidenceEntry[];
};

/** JWT NumericDates have whole seconds; validFrom/validUntil must equal nbf/exp exactly. */
export const wholeSeconds = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
const isoSeconds = (d: Date) => wholeSeconds(d).toISOString().replace(".000Z", "Z");

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
    validFrom: isoSeconds(input.issuedAt),
    validUntil: isoSeconds(input.validUntil),
    credentialSubject: {
      id: holderSubjectId(input.holderId),
      type: ["AchievementSubject"],
      identifier: [
        { type: "IdentityObject", identityType: "name", hashed: false, identityHash: input.holderName },
        // The email is only hashed (salted): a verifier who knows it can confirm, nobody can read it.
        {
          type: "IdentityObject",
          identityType: "emailAddress",
          hashed: true,
          salt,
          identityHash: `sha256$${createHash("sha256")
            .update(input.holderEmail + salt)
            .digest("hex")}`,
        },
      ],
      achievement: {
        id: `${base}/exams/${input.examSlug}#achievement`,
        type: ["Achievement"],
        achievementType: "Certificate",
        name: input.achievementTitle,
        description: `${input.programme}: awarded for passing the ${input.achievementTitle} exam.`,
        criteria: { narrative: input.criteria },
        image: { id: badgeImageUrl(input.examSlug, base), type: "Image", caption: `${input.achievementTitle} badge` },
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
    evidence: input.evidence,
  };
}

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

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { decodeStatusList, encodeStatusList, readStatusBit, STATUS_LIST_LENGTH } from "./status-list";
import { loadIssuerKeys, rsaKeyPath } from "./issuer-key";
import { buildOpenBadgeCredential, hashAttemptSummary } from "./build-credential";
import { signCredential } from "./sign-credential";
import { verificationKeys, verifyCredentialJwt } from "./verify-credential";
import { issuerDid } from "./issuer-identity";

const BASE = "http://127.0.0.1:3999";
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "issuer-"));

describe("status list", () => {
  it("is at least 16 KB, gzip+base64url with multibase prefix, left-most bit first", () => {
    const encoded = encodeStatusList([0, 9, STATUS_LIST_LENGTH - 1]);
    expect(encoded.startsWith("u")).toBe(true);
    expect(encoded).not.toMatch(/[+/=]/u);
    const bits = decodeStatusList(encoded);
    expect(bits.length).toBe(16_384);
    expect(bits[0]).toBe(0x80);
    expect(bits[1]).toBe(0x40);
    expect([0, 9, STATUS_LIST_LENGTH - 1].every((i) => readStatusBit(bits, i))).toBe(true);
    expect(readStatusBit(bits, 1)).toBe(false);
    expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(RangeError);
  });
});

describe("issuer key", () => {
  it("is generated once (Ed25519 and RSA) with 0600 permissions and reused", async () => {
    const file = path.join(tmp(), "nested", "issuer-key.json");
    const [a, b] = await Promise.all([loadIssuerKeys(file), loadIssuerKeys(file)]);
    expect(a.eddsa.kid).toBe(b.eddsa.kid);
    expect(a.rs256.kid).toBe(b.rs256.kid);
    for (const f of [file, rsaKeyPath(file)]) expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    expect(a.eddsa.publicJwk).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA" });
    expect(a.rs256.publicJwk).toMatchObject({ kty: "RSA", alg: "RS256", e: "AQAB" });
    for (const k of [a.eddsa, a.rs256])
      for (const secret of ["d", "p", "q", "dp", "dq", "qi"]) expect(k.publicJwk).not.toHaveProperty(secret);
  });
});

describe("credential signing and verification", () => {
  const input = (validUntil: Date) => ({
    id: "0b9c3c1e-8f51-4c61-9a3e-3f3d1d1e0001",
    holderId: "user-1",
    holderName: "Pat Partner",
    holderEmail: "pat@example.com",
    examSlug: "sample-exam",
    achievementTitle: "Sample Certified Professional",
    programme: "Test programme",
    criteria: "Pass the exam with 70%.",
    issuedAt: new Date("2026-01-01T00:00:00Z"),
    validUntil,
    statusListIndex: 4242,
    evidence: [
      {
        id: `${BASE}/verify/x#evidence`,
        type: ["Evidence"] as ["Evidence"],
        name: "Exam attempt summary",
        narrative: "Scored 85%",
        digestSRI: hashAttemptSummary({ attemptId: "att1", scorePercent: 85 }),
      },
    ],
  });

  async function issue(validUntil = new Date("2029-01-01T00:00:00Z")) {
    const key = await loadIssuerKeys(path.join(tmp(), "k.json"));
    const credential = buildOpenBadgeCredential(input(validUntil), BASE);
    return { key, credential, jwt: await signCredential(credential, key) };
  }
  const opts = (key: Awaited<ReturnType<typeof loadIssuerKeys>>, revoked: number[] = []) => ({
    keys: verificationKeys(key, BASE),
    expectedIssuer: issuerDid(BASE),
    encodedStatusList: encodeStatusList(revoked),
    now: new Date("2026-06-01T00:00:00Z"),
  });

  it("builds an OB 3.0 credential with status entry and hashed evidence", async () => {
    const { jwt } = await issue();
    const payload = decodeJwt(jwt) as Record<string, any>;
    expect(payload.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(payload.issuer.id).toBe("did:web:127.0.0.1%3A3999");
    expect(payload.credentialStatus).toMatchObject({
      type: "BitstringStatusListEntry",
      statusListIndex: "4242",
      statusListCredential: `${BASE}/api/certificates/status/1`,
    });
    expect(payload.evidence[0].digestSRI).toMatch(/^sha384-/u);
    expect(JSON.stringify(payload)).not.toContain("pat@example.com");
  });

  it("valid", async () => {
    const { key, jwt } = await issue();
    const r = await verifyCredentialJwt(jwt, opts(key));
    expect(r.status).toBe("valid");
    expect(r.credential).toMatchObject({ holderName: "Pat Partner", certificateId: "0b9c3c1e-8f51-4c61-9a3e-3f3d1d1e0001" });
  });

  it("expired", async () => {
    const { key, jwt } = await issue(new Date("2026-03-01T00:00:00Z"));
    expect((await verifyCredentialJwt(jwt, opts(key))).status).toBe("expired");
  });

  it("revoked through the status list", async () => {
    const { key, jwt } = await issue();
    expect((await verifyCredentialJwt(jwt, opts(key, [4242]))).status).toBe("revoked");
    expect((await verifyCredentialJwt(jwt, opts(key, [4241, 4243]))).status).toBe("valid");
  });

  it("tampered payload", async () => {
    const { key, jwt } = await issue();
    const [h, p, s] = jwt.split(".");
    const payload = JSON.parse(Buffer.from(p, "base64url").toString());
    payload.validUntil = "2099-01-01T00:00:00.000Z";
    const forged = [h, Buffer.from(JSON.stringify(payload)).toString("base64url"), s].join(".");
    expect((await verifyCredentialJwt(forged, opts(key))).status).toBe("tampered");
    expect((await verifyCredentialJwt("not a jwt", opts(key))).reason).toMatch(/not a readable/u);
  });

  it("wrong key", async () => {
    const { jwt } = await issue();
    const other = await loadIssuerKeys(path.join(tmp(), "other.json"));
    const r = await verifyCredentialJwt(jwt, opts(other));
    expect(r.status).toBe("tampered");
    expect(r.reason).toMatch(/signature/u);
  });
});

// The OB 3.0 "JSON Web Token Proof Format" rules (https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof),
// one test each, quoting the spec; and credentials issued by the code before these rules still verify.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeJwt, decodeProtectedHeader, SignJWT } from "jose";
import { buildOpenBadgeCredential } from "./build-credential";
import { didDocument, issuerDid, jwkSet } from "./issuer-identity";
import { loadIssuerKeys, type IssuerKeys } from "./issuer-key";
import { signCredential } from "./sign-credential";
import { encodeStatusList } from "./status-list";
import { verificationKeys, verifyCredentialJwt } from "./verify-credential";

const BASE = "http://127.0.0.1:3999";
const NOW = new Date("2026-06-01T00:00:00Z");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "ob3-"));
let keys: IssuerKeys;
beforeAll(async () => {
  keys = await loadIssuerKeys(path.join(tmp(), "issuer-key.json"));
});

const credentialFor = (holderId: string, id = "3f1d2c4b-1111-4a2b-9c3d-000000000001") =>
  buildOpenBadgeCredential(
    {
      id,
      holderId,
      holderName: "Pat Partner",
      holderEmail: "pat@example.com",
      examSlug: "sample-exam",
      achievementTitle: "Sample Certified Professional",
      programme: "Test programme",
      criteria: "Pass the exam with 70%.",
      issuedAt: new Date("2026-01-01T10:11:12.999Z"),
      validUntil: new Date("2029-01-01T10:11:12.999Z"),
      statusListIndex: 7,
      evidence: [],
    },
    BASE,
  );
const verify = (jwt: string) =>
  verifyCredentialJwt(jwt, {
    keys: verificationKeys(keys, BASE),
    expectedIssuer: issuerDid(BASE),
    encodedStatusList: encodeStatusList([]),
    now: NOW,
  });
/** A token signed with the academy's own RSA key but breaking one rule: the verifier must still refuse it. */
async function forged(header: Record<string, unknown>, claims: Record<string, unknown>) {
  const vc = credentialFor("user-1");
  const payload = {
    ...vc,
    iss: vc.issuer.id,
    jti: vc.id,
    sub: vc.credentialSubject.id,
    nbf: Date.parse(vc.validFrom) / 1000,
    exp: Date.parse(vc.validUntil) / 1000,
    ...claims,
  };
  for (const [k, v] of Object.entries(payload)) if (v === undefined) delete payload[k as keyof typeof payload];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "RS256", kid: `${issuerDid(BASE)}#${keys.rs256.kid}`, typ: "JWT", ...header })
    .sign(keys.rs256.privateKey);
}

describe("JOSE header", () => {
  it('"Additional JOSE Headers are NOT allowed": only alg, kid and typ', async () => {
    const header = decodeProtectedHeader(await signCredential(credentialFor("user-1"), keys));
    expect(Object.keys(header).sort()).toEqual(["alg", "kid", "typ"]);
    expect((await verify(await forged({ cty: "vc" }, {}))).reason).toMatch(/carries cty/u);
  });

  it('alg: "The signing algorithm MUST be "RS256" as a minimum"', async () => {
    expect(decodeProtectedHeader(await signCredential(credentialFor("user-1"), keys)).alg).toBe("RS256");
  });

  it('typ: "If present, MUST be set to "JWT""', async () => {
    expect(decodeProtectedHeader(await signCredential(credentialFor("user-1"), keys)).typ).toBe("JWT");
    expect((await verify(await forged({ typ: "vc+jwt" }, {}))).status).toBe("tampered");
  });

  it('kid: "A URI that can be dereferenced to an object of type JWK representing the public key"; "The JWK MUST never contain d"', async () => {
    const { kid } = decodeProtectedHeader(await signCredential(credentialFor("user-1"), keys));
    const doc = didDocument([keys.rs256.publicJwk, keys.eddsa.publicJwk], BASE);
    const method = doc.verificationMethod.find((m) => m.id === kid);
    expect(method?.publicKeyJwk).toEqual(keys.rs256.publicJwk);
    expect(doc.assertionMethod).toContain(kid);
    expect(jwkSet([keys.rs256.publicJwk, keys.eddsa.publicJwk], BASE).keys.map((k) => [k.kid, k.alg])).toEqual([
      [kid, "RS256"],
      [`${issuerDid(BASE)}#${keys.eddsa.kid}`, "EdDSA"],
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/"(d|p|q|dp|dq|qi)":/u);
  });
});

describe("JWT payload", () => {
  it('iss: "the issuer.id property"; jti: "the id property"', async () => {
    const claims = decodeJwt(await signCredential(credentialFor("user-1"), keys));
    expect(claims.iss).toBe((claims as { issuer: { id: string } }).issuer.id);
    expect(claims.jti).toBe(claims.id);
    expect((await verify(await forged({}, { jti: "urn:uuid:00000000-0000-4000-8000-000000000000" }))).reason).toMatch(/jti/u);
  });

  it('sub: "the credentialSubject.id property", a stable per-holder URI that is not the email', async () => {
    const a = decodeJwt(await signCredential(credentialFor("user-1"), keys)) as { sub: string; credentialSubject: { id: string } };
    const again = decodeJwt(await signCredential(credentialFor("user-1", "3f1d2c4b-1111-4a2b-9c3d-000000000002"), keys));
    const other = decodeJwt(await signCredential(credentialFor("user-2"), keys));
    expect(a.sub).toBe(a.credentialSubject.id);
    expect(a.sub).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    expect(again.sub).toBe(a.sub);
    expect(other.sub).not.toBe(a.sub);
    expect(a.sub).not.toContain("pat@example.com");
    expect((await verify(await forged({}, { sub: "mailto:pat@example.com" }))).reason).toMatch(/sub/u);
  });

  it('nbf: "MUST equal" validFrom (whole seconds); exp: validUntil', async () => {
    const vc = decodeJwt(await signCredential(credentialFor("user-1"), keys)) as {
      nbf: number;
      exp: number;
      validFrom: string;
      validUntil: string;
    };
    expect(vc.validFrom).toBe("2026-01-01T10:11:12Z");
    expect(vc.nbf * 1000).toBe(Date.parse(vc.validFrom));
    expect(vc.exp * 1000).toBe(Date.parse(vc.validUntil));
    expect((await verify(await forged({}, { nbf: vc.nbf - 1 }))).reason).toMatch(/nbf/u);
    expect((await verify(await forged({}, { exp: undefined }))).reason).toMatch(/exp/u);
    expect((await verify(await forged({}, {}))).status).toBe("valid");
  });
});

describe("credentials issued before the binding rules", () => {
  // Signed by the old code (EdDSA, typ vc+jwt, cty vc, no sub/nbf/exp); see the fixture's note.
  const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures/legacy-credential.json"), "utf8"));

  it("still verify with the same Ed25519 key, now published beside the RSA key", async () => {
    const file = path.join(tmp(), "issuer-key.json");
    fs.writeFileSync(file, JSON.stringify(fixture.issuerKeyFile), { mode: 0o600 });
    const legacyKeys = await loadIssuerKeys(file);
    const opts = {
      keys: verificationKeys(legacyKeys, fixture.base),
      expectedIssuer: issuerDid(fixture.base),
      encodedStatusList: encodeStatusList([]),
      now: NOW,
    };
    expect(decodeProtectedHeader(fixture.jwt)).toMatchObject({ alg: "EdDSA", typ: "vc+jwt", cty: "vc" });
    const result = await verifyCredentialJwt(fixture.jwt, opts);
    expect(result).toMatchObject({ status: "valid", credential: { holderName: "Lena Legacy", subject: null } });
    expect((await verifyCredentialJwt(fixture.jwt, { ...opts, encodedStatusList: encodeStatusList([777]) })).status).toBe("revoked");
    const [h, p, s] = fixture.jwt.split(".");
    const claims = JSON.parse(Buffer.from(p, "base64url").toString());
    claims.credentialSubject.identifier[0].identityHash = "Mallory";
    expect((await verifyCredentialJwt([h, Buffer.from(JSON.stringify(claims)).toString("base64url"), s].join("."), opts)).status).toBe(
      "tampered",
    );
  });
});

// Conformance checked by tools the academy did not write: jwcrypto and PyJWT verify the signatures with
// the keys as did.json and jwks.json publish them, and python3-jsonschema validates the credential
// against the OB 3.0 AchievementCredential schema (tests/conformance/). See tests/conformance/verify_ob3.py.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bakePng, bakeSvg } from "./bake-badge";
import { buildOpenBadgeCredential } from "./build-credential";
import { buildEvidence, buildPracticalTranscript, sha384Sri } from "./build-evidence";
import { didDocument, jwkSet } from "./issuer-identity";
import { loadIssuerKeys, type IssuerKeys } from "./issuer-key";
import { renderBadgePng } from "./render-badge-png";
import { renderBadgeSvg } from "./render-badge-svg";
import { signCredential } from "./sign-credential";

const PYTHON = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3"; // Debian's python3-jwcrypto etc.
const SCRIPT = path.resolve("tests/conformance/verify_ob3.py");
const SCHEMA = path.resolve("tests/conformance/ob-v3p0-achievementcredential.schema.json");
const BASE = "http://127.0.0.1:3999";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ob3-py-"));
const write = (name: string, body: string | Buffer) => (fs.writeFileSync(path.join(dir, name), body), path.join(dir, name));

type Report = {
  problems: string[];
  schemaErrors: string[];
  jwcrypto: string;
  pyjwt: string;
  keysAgree: boolean;
  binding?: Record<string, boolean>;
};
function pyVerify(
  input: "--jwt" | "--png" | "--svg",
  file: string,
  keysBase: string,
  extra: string[] = [],
): { code: number; report: Report } {
  const args = [
    SCRIPT,
    "--did",
    path.join(dir, `did-${keysBase}.json`),
    "--jwks",
    path.join(dir, `jwks-${keysBase}.json`),
    "--schema",
    SCHEMA,
    input,
    file,
    ...extra,
  ];
  try {
    return { code: 0, report: JSON.parse(execFileSync(PYTHON, args, { encoding: "utf8" })) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    if (!err.stdout) throw new Error(`verify_ob3.py crashed: ${err.stderr}`, { cause: e });
    return { code: err.status, report: JSON.parse(err.stdout) };
  }
}

let keys: IssuerKeys;
let jwt: string;
const examTitle = "Certified Professional: Camera Cybersecurity";
async function issue(overrides: (vc: ReturnType<typeof buildOpenBadgeCredential>) => object = (vc) => vc) {
  const id = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
  const tasks = [
    { id: "harden", title: "Harden a camera", lab: "first-boot", stepsPassed: ["create-admin"], stepsTotal: 2, sessionId: "s1" },
  ];
  const transcript = buildPracticalTranscript({
    certificateId: id,
    attemptId: "a1",
    tasks,
    runs: [
      {
        sessionId: "s1",
        stepId: "create-admin",
        passed: true,
        feedback: "Administrator exists.",
        checkedAt: new Date("2026-01-01T10:00:00Z"),
      },
    ],
    until: new Date("2026-01-01T11:00:00Z"),
  });
  const vc = buildOpenBadgeCredential(
    {
      id,
      holderId: "user-42",
      holderName: "Petra Partner",
      holderEmail: "petra@example.com",
      examSlug: "certified-professional-camera-cybersecurity",
      achievementTitle: examTitle,
      programme: "Cyberwall Partner Certification",
      criteria: "Pass the exam with at least 70%.",
      issuedAt: new Date("2026-01-01T12:00:00Z"),
      validUntil: new Date("2029-01-01T12:00:00Z"),
      statusListIndex: 99,
      evidence: buildEvidence({
        certificateId: id,
        base: BASE,
        attempt: { narrative: "Score 85%", digestSRI: sha384Sri("summary") },
        tasks,
        transcriptDigest: sha384Sri(transcript),
      }),
    },
    BASE,
  );
  return signCredential(overrides(vc) as typeof vc, keys);
}

beforeAll(async () => {
  keys = await loadIssuerKeys(path.join(dir, "issuer-key.json"));
  write("did-new.json", JSON.stringify(didDocument([keys.rs256.publicJwk, keys.eddsa.publicJwk], BASE)));
  write("jwks-new.json", JSON.stringify(jwkSet([keys.rs256.publicJwk, keys.eddsa.publicJwk], BASE)));
  jwt = await issue();
});

describe("independent verifiers (jwcrypto, PyJWT, jsonschema)", () => {
  it("a credential: both signatures valid, did.json and JWKS agree, the binding holds, 0 schema errors", () => {
    const { code, report } = pyVerify("--jwt", write("c.jwt", jwt), "new");
    expect(report.problems).toEqual([]);
    expect(report.schemaErrors).toEqual([]);
    expect(report).toMatchObject({ jwcrypto: "valid", pyjwt: "valid", keysAgree: true });
    expect(Object.values(report.binding!)).toEqual([true, true, true, true, true]);
    expect(code).toBe(0);
  });

  it("baked PNG and SVG badges carry a credential the outside verifier extracts and accepts", async () => {
    const svg = renderBadgeSvg({ title: examTitle, programme: "Cyberwall Partner Certification" });
    expect(pyVerify("--svg", write("b.svg", bakeSvg(svg, jwt)), "new")).toMatchObject({ code: 0, report: { problems: [] } });
    expect(pyVerify("--png", write("b.png", bakePng(await renderBadgePng(svg), jwt)), "new")).toMatchObject({
      code: 0,
      report: { problems: [] },
    });
  });

  it("a credential issued by the old code (EdDSA) verifies against the keys published now", async () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures/legacy-credential.json"), "utf8"));
    fs.mkdirSync(path.join(dir, "legacy"));
    write("legacy/issuer-key.json", JSON.stringify(fixture.issuerKeyFile));
    const old = await loadIssuerKeys(path.join(dir, "legacy/issuer-key.json"));
    write("did-legacy.json", JSON.stringify(didDocument([old.rs256.publicJwk, old.eddsa.publicJwk], fixture.base)));
    write("jwks-legacy.json", JSON.stringify(jwkSet([old.rs256.publicJwk, old.eddsa.publicJwk], fixture.base)));
    const { code, report } = pyVerify("--jwt", write("legacy.jwt", fixture.jwt), "legacy", ["--legacy"]);
    expect(report).toMatchObject({ jwcrypto: "valid", pyjwt: "valid", keysAgree: true, problems: [] });
    expect(code).toBe(0);
  });

  it("the verifier can fail: a forged payload, a broken binding and a schema violation are each reported", async () => {
    const [h, p, s] = jwt.split(".");
    const claims = JSON.parse(Buffer.from(p, "base64url").toString());
    claims.credentialSubject.identifier[0].identityHash = "Mallory";
    const forged = pyVerify("--jwt", write("f.jwt", [h, Buffer.from(JSON.stringify(claims)).toString("base64url"), s].join(".")), "new");
    expect(forged.code).toBe(1);
    expect(forged.report).toMatchObject({ jwcrypto: expect.stringMatching(/^invalid/u), pyjwt: expect.stringMatching(/^invalid/u) });
    const noDescription = await issue((vc) => ({
      ...vc,
      credentialSubject: { ...vc.credentialSubject, achievement: { ...vc.credentialSubject.achievement, description: undefined } },
    }));
    const schema = pyVerify("--jwt", write("s.jwt", noDescription), "new");
    expect(schema.report.schemaErrors.join()).toMatch(/description/u);
    expect(schema.code).toBe(1);
  });
});

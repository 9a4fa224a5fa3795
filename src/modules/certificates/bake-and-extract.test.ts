import { describe, expect, it } from "vitest";
import { bakePng, bakeSvg, readPngChunks, unbakePng, unbakeSvg } from "./bake-badge";
import { buildEvidence, buildPracticalTranscript, sha384Sri } from "./build-evidence";
import { extractCredential } from "./extract-credential";
import { renderBadgePng } from "./render-badge-png";
import { renderBadgeSvg } from "./render-badge-svg";
import { renderCertificatePdf } from "./render-certificate-pdf";

const JWT = "eyJhbGciOiJSUzI1NiJ9.eyJpZCI6InVybjp1dWlkOjEifQ.c2lnbmF0dXJl";
const svg = renderBadgeSvg({ title: "Certified Professional: Camera <Cybersecurity>", programme: "Partner & Co" });

describe("baking (OB 3.0 Baked Badge)", () => {
  it("SVG: xmlns:openbadges on <svg>, one openbadges:credential with verify= directly after it; re-baking replaces it", () => {
    const once = bakeSvg(svg, JWT);
    expect(once).toMatch(
      /<svg xmlns:openbadges="https:\/\/purl\.imsglobal\.org\/ob\/v3p0" [^>]*><openbadges:credential verify="[^"]+"><\/openbadges:credential>/u,
    );
    expect(once).toContain("&#60;Cybersecurity&#62;");
    const twice = bakeSvg(once, JWT.replace("c2ln", "b3Ro"));
    expect(twice.match(/<openbadges:credential/gu)).toHaveLength(1);
    expect(unbakeSvg(twice)).toBe(JWT.replace("c2ln", "b3Ro"));
    expect(unbakeSvg(svg)).toBeNull();
    expect(() => bakeSvg(svg, '"><script>')).toThrow(/compact JWS/u);
  });

  it("PNG: one uncompressed iTXt chunk openbadgecredential right after IHDR, valid CRCs; re-baking replaces it", async () => {
    const png = await renderBadgePng(svg);
    const baked = bakePng(bakePng(png, "a.b.c"), JWT);
    const chunks = readPngChunks(baked);
    expect(chunks.map((c) => c.type).slice(0, 2)).toEqual(["IHDR", "iTXt"]);
    expect(chunks.filter((c) => c.type === "iTXt")).toHaveLength(1);
    expect(chunks[1].data.subarray(0, 24).toString("latin1")).toBe("openbadgecredential\0\0\0\0\0");
    expect(unbakePng(baked)).toBe(JWT);
    expect(unbakePng(png)).toBeNull();
    const corrupt = Buffer.from(baked);
    corrupt[40] ^= 0xff;
    expect(() => readPngChunks(corrupt)).toThrow(/Corrupt/u);
  });
});

describe("extracting what a dropped file carries", () => {
  it("reads a JWT, wallet JSON, baked SVG and PNG, and the certificate PDF's attachment", async () => {
    const png = await renderBadgePng(svg);
    const pdf = await renderCertificatePdf({
      id: "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
      holderName: "Zoë Łukasiewicz",
      achievementTitle: "Certified Professional: Camera Cybersecurity",
      issuedAt: new Date("2026-01-01T12:00:00Z"),
      validUntil: new Date("2029-01-01T12:00:00Z"),
      verifyUrl: "http://127.0.0.1:3999/verify/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
      jwt: JWT,
      badgePng: png,
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const enveloped = JSON.stringify({
      "@context": ["https://www.w3.org/ns/credentials/v2"],
      id: `data:application/vc+jwt,${JWT}`,
      type: "EnvelopedVerifiableCredential",
    });
    for (const [body, from] of [
      [Buffer.from(`${JWT}\n`), "jwt"],
      [Buffer.from(enveloped), "json"],
      [Buffer.from(bakeSvg(svg, JWT)), "svg"],
      [bakePng(png, JWT), "png"],
      [pdf, "pdf"],
    ] as const)
      expect(await extractCredential(body)).toEqual({ jwt: JWT, from });
  });

  it("says clearly what is wrong with anything else", async () => {
    for (const [body, message] of [
      [await renderBadgePng(svg), /no Open Badges credential/u],
      [Buffer.from(svg), /no Open Badges credential/u],
      [Buffer.from('{"@context": [], "type": ["VerifiableCredential"]}'), /not a signed credential/u],
      [Buffer.from("%PDF-1.7 garbage"), /could not be read/u],
      [Buffer.from("hello"), /Not a credential/u],
      [
        Buffer.concat([bakePng(await renderBadgePng(svg), JWT).subarray(0, 60), Buffer.alloc(4)]),
        /PNG could not be read: (Truncated|Corrupt)/u,
      ],
    ] as const)
      await expect(extractCredential(body)).rejects.toThrow(message);
  });
});

describe("evidence: the practical transcript", () => {
  const tasks = [
    { id: "harden", title: "Harden a camera", lab: "first-boot", stepsPassed: ["create-admin"], stepsTotal: 2, sessionId: "s1" },
  ];
  const runs = [
    {
      sessionId: "s1",
      stepId: "create-admin",
      passed: false,
      feedback: "No administrator yet.",
      checkedAt: new Date("2026-01-01T10:00:00Z"),
    },
    {
      sessionId: "s1",
      stepId: "create-admin",
      passed: true,
      feedback: "Administrator exists.",
      checkedAt: new Date("2026-01-01T10:05:00Z"),
    },
    { sessionId: "s1", stepId: "disable-upnp", passed: true, feedback: "too late", checkedAt: new Date("2026-01-01T12:00:01Z") },
    { sessionId: "other", stepId: "create-admin", passed: true, feedback: "another session", checkedAt: new Date("2026-01-01T10:01:00Z") },
  ];
  const transcript = buildPracticalTranscript({
    certificateId: "c1",
    attemptId: "a1",
    tasks,
    runs,
    until: new Date("2026-01-01T12:00:00Z"),
  });

  it("holds the graded session's check outputs with timestamps, in order, up to the end of the attempt", () => {
    const parsed = JSON.parse(transcript);
    expect(parsed.labs[0]).toMatchObject({ lab: "first-boot", session: "s1", stepsPassed: ["create-admin"] });
    expect(parsed.labs[0].checks).toEqual([
      { at: "2026-01-01T10:00:00.000Z", step: "create-admin", passed: false, output: "No administrator yet." },
      { at: "2026-01-01T10:05:00.000Z", step: "create-admin", passed: true, output: "Administrator exists." },
    ]);
  });

  it("the evidence names the lab and the steps passed, and its digest confirms exactly this transcript", () => {
    const evidence = buildEvidence({
      certificateId: "c1",
      base: "http://x",
      attempt: { narrative: "n", digestSRI: "sha384-x" },
      tasks,
      transcriptDigest: sha384Sri(transcript),
    });
    const practical = evidence.find((e) => e.name === "Practical lab transcript")!;
    expect(practical.narrative).toContain('lab "first-boot": passed 1 of 2 steps (create-admin)');
    expect(practical.digestSRI).toBe(sha384Sri(Buffer.from(transcript)));
    expect(sha384Sri(transcript.replace("No administrator yet.", "Administrator exists."))).not.toBe(practical.digestSRI);
  });
});

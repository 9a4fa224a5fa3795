// Certificate-chain checks shared by the camera and the workstation CLIs (Node's X509Certificate, no hand-rolled crypto).
import { X509Certificate } from "node:crypto";

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function splitPem(text: string): string[] {
  return text.match(PEM_CERT) ?? [];
}

export type ChainResult = { ok: true; subjects: string[] } | { ok: false; reason: string; subjects: string[] };

/** leaf, intermediates... must each be issued and signed by the next, ending at `rootPem`; issuers must be CAs. */
export function verifyChain(chainPems: string[], rootPem: string, at = new Date()): ChainResult {
  let certs: X509Certificate[];
  let root: X509Certificate;
  try {
    certs = chainPems.map((pem) => new X509Certificate(pem));
    root = new X509Certificate(rootPem);
  } catch {
    return { ok: false, reason: "unreadable certificate", subjects: [] };
  }
  const subjects = certs.map((c) => oneLine(c.subject));
  if (certs.length === 0) return { ok: false, reason: "no certificate", subjects };
  // A chain that already contains the root is accepted as long as it is the same root.
  const path = certs[certs.length - 1].fingerprint256 === root.fingerprint256 ? certs : [...certs, root];
  for (let i = 0; i < path.length; i++) {
    const cert = path[i];
    if (at < new Date(cert.validFrom) || at > new Date(cert.validTo)) {
      return { ok: false, reason: `certificate "${oneLine(cert.subject)}" is not valid at ${at.toISOString()}`, subjects };
    }
    const issuer = i + 1 < path.length ? path[i + 1] : root;
    if (i + 1 < path.length && !issuer.ca) return { ok: false, reason: `"${oneLine(issuer.subject)}" is not a CA`, subjects };
    if (!cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) {
      return { ok: false, reason: `"${oneLine(cert.subject)}" is not signed by "${oneLine(issuer.subject)}"`, subjects };
    }
  }
  return { ok: true, subjects };
}

export function oneLine(dn: string): string {
  return dn.split("\n").filter(Boolean).join(", ");
}

export function commonName(dn: string): string {
  return /(?:^|\n)CN=([^\n]*)/.exec(dn)?.[1] ?? "";
}

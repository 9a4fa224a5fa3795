// Cyberwall firmware container ("CWFW1"), documented in labs/images/camera/README.md:
//   "CWFW1\n" | u32be headerLen | header JSON | payload (header.payloadSize bytes) | u32be sigLen | signature JSON
// The signature (ECDSA P-256 / SHA-256, DER, base64) covers every byte before sigLen. sigLen 0 = unsigned.
import { createHash, createPrivateKey, sign, verify, X509Certificate } from "node:crypto";
import { commonName, oneLine, verifyChain } from "./pki";

const FIRMWARE_MAGIC = Buffer.from("CWFW1\n");
const CODE_SIGNING_EKU = "1.3.6.1.5.5.7.3.3";

export type FirmwareComponent = { name: string; version: string; supplier: string; license: string; purl?: string };
export type FirmwareHeader = {
  format: "cyberwall-firmware/1";
  product: string;
  model: string;
  version: string;
  track: "LTS" | "active";
  endOfSupport: string;
  buildDate: string;
  payloadSize: number;
  payloadSha256: string;
  components: FirmwareComponent[];
};
type SignatureBlock = { alg: "ECDSA-P256-SHA256"; chain: string[]; signature: string };
export type ParsedFirmware = { header: FirmwareHeader; payload: Buffer; signedBytes: Buffer; signature: SignatureBlock | null };

class CorruptFirmwareError extends Error {}

export function buildFirmware(
  header: Omit<FirmwareHeader, "format" | "payloadSize" | "payloadSha256">,
  payload: Buffer,
  signer?: { keyPem: string; chain: string[] },
): Buffer {
  const full: FirmwareHeader = {
    format: "cyberwall-firmware/1",
    ...header,
    payloadSize: payload.length,
    payloadSha256: createHash("sha256").update(payload).digest("hex"),
  };
  const headerBytes = Buffer.from(JSON.stringify(full));
  const signed = Buffer.concat([FIRMWARE_MAGIC, u32(headerBytes.length), headerBytes, payload]);
  if (!signer) return Buffer.concat([signed, u32(0)]);
  const block: SignatureBlock = {
    alg: "ECDSA-P256-SHA256",
    chain: signer.chain,
    signature: sign("sha256", signed, createPrivateKey(signer.keyPem)).toString("base64"),
  };
  const blockBytes = Buffer.from(JSON.stringify(block));
  return Buffer.concat([signed, u32(blockBytes.length), blockBytes]);
}

/** Structure only (no trust decision). Throws CorruptFirmwareError when the file is not a whole CWFW1 image. */
export function parseFirmware(buf: Buffer): ParsedFirmware {
  const fail = (why: string): never => {
    throw new CorruptFirmwareError(why);
  };
  if (buf.length < FIRMWARE_MAGIC.length + 8 || !buf.subarray(0, FIRMWARE_MAGIC.length).equals(FIRMWARE_MAGIC)) fail("not a CWFW1 image");
  let off = FIRMWARE_MAGIC.length;
  const headerLen = buf.readUInt32BE(off);
  off += 4;
  if (off + headerLen > buf.length) fail("truncated header");
  let header: FirmwareHeader;
  try {
    header = JSON.parse(buf.subarray(off, off + headerLen).toString("utf8"));
  } catch {
    return fail("unreadable header");
  }
  if (header?.format !== "cyberwall-firmware/1" || typeof header.payloadSize !== "number") fail("unknown header format");
  off += headerLen;
  if (off + header.payloadSize + 4 > buf.length) fail("truncated payload");
  const payload = buf.subarray(off, off + header.payloadSize);
  off += header.payloadSize;
  if (createHash("sha256").update(payload).digest("hex") !== header.payloadSha256) fail("payload checksum mismatch");
  const signedBytes = buf.subarray(0, off);
  const sigLen = buf.readUInt32BE(off);
  off += 4;
  if (sigLen === 0) return { header, payload, signedBytes, signature: null };
  if (off + sigLen !== buf.length) fail("truncated signature block");
  try {
    return { header, payload, signedBytes, signature: JSON.parse(buf.subarray(off).toString("utf8")) };
  } catch {
    return fail("unreadable signature block");
  }
}

export type FirmwareCheck =
  | { status: "corrupt"; reason: string }
  | { status: "unsigned" | "bad-signature" | "untrusted-signer"; reason: string; header: FirmwareHeader; signer?: string }
  | { status: "ok"; header: FirmwareHeader; signer: string; payload: Buffer };

/** The whole trust decision: structure, signature over header+payload, signer chained to the vendor root with codeSigning. */
export function checkFirmware(buf: Buffer, vendorRootPem: string, at = new Date()): FirmwareCheck {
  let fw: ParsedFirmware;
  try {
    fw = parseFirmware(buf);
  } catch (e) {
    return { status: "corrupt", reason: (e as Error).message };
  }
  const { header, signature } = fw;
  if (!signature) return { status: "unsigned", reason: "image carries no signature", header };
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(signature.chain[0]);
  } catch {
    return { status: "bad-signature", reason: "signer certificate unreadable", header };
  }
  const signer = oneLine(leaf.subject);
  let valid: boolean;
  try {
    valid = verify("sha256", fw.signedBytes, leaf.publicKey, Buffer.from(signature.signature, "base64"));
  } catch {
    valid = false;
  }
  if (!valid) return { status: "bad-signature", reason: "signature does not match the image contents", header, signer };
  const chain = verifyChain(signature.chain, vendorRootPem, at);
  if (!chain.ok) return { status: "untrusted-signer", reason: chain.reason, header, signer };
  if (!(leaf.keyUsage ?? []).includes(CODE_SIGNING_EKU)) {
    return { status: "untrusted-signer", reason: `"${commonName(leaf.subject)}" is not a code-signing certificate`, header, signer };
  }
  return { status: "ok", header, signer, payload: fw.payload };
}

/** Numeric dotted-version comparison ("11.11.73" < "11.11.94"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** What an attacker does: patches the payload, fixes the checksum, keeps the vendor's signature block. */
export function tamperFirmware(buf: Buffer, patch: (payload: Buffer) => Buffer): Buffer {
  const fw = parseFirmware(buf);
  const payload = patch(Buffer.from(fw.payload));
  const header = { ...fw.header, payloadSize: payload.length, payloadSha256: createHash("sha256").update(payload).digest("hex") };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const sigStart = fw.signedBytes.length;
  return Buffer.concat([FIRMWARE_MAGIC, u32(headerBytes.length), headerBytes, payload, buf.subarray(sigStart)]);
}

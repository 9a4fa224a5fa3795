// Cyberwall signed-video clip (".cwsv", JSON lines), documented in labs/images/camera/README.md.
// header line, then per GOP: its frame lines followed by one "gop" line whose hash list is signed by the
// device key and names the previous GOP's signed payload hash (so removed/reordered GOPs are detected).
import { createHash, createPrivateKey, sign, verify, X509Certificate } from "node:crypto";
import { oneLine, verifyChain } from "./pki";

const CLIP_FORMAT = "cyberwall-signed-video/1";
const GENESIS = "0".repeat(64);

type ClipHeader = {
  type: "header";
  format: string;
  clipId: string;
  serial: string;
  model: string;
  fps: number;
  gopSize: number;
  start: string;
  signed: boolean;
  chain?: string[];
};
type ClipFrame = { type: "frame"; n: number; gop: number; t: number; key: boolean; data: string };
type ClipGop = { type: "gop"; gop: number; first: number; last: number; hashes: string[]; prev: string; sig: string };

const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");
const frameHash = (f: Pick<ClipFrame, "n" | "t" | "data">) => sha256(`${f.n}:${f.t}:${f.data}`);
const gopPayload = (clipId: string, g: Pick<ClipGop, "gop" | "first" | "last" | "hashes" | "prev">) =>
  JSON.stringify({ clipId, gop: g.gop, first: g.first, last: g.last, hashes: g.hashes, prev: g.prev });

/** Synthetic recording: `frames` frames of pseudo-image data; signed with the device key when given. */
export function recordClip(opts: {
  clipId: string;
  serial: string;
  model: string;
  frames: number;
  fps?: number;
  gopSize?: number;
  start?: Date;
  signer?: { keyPem: string; chain: string[] };
}): string {
  const fps = opts.fps ?? 10;
  const gopSize = opts.gopSize ?? 10;
  const header: ClipHeader = {
    type: "header",
    format: CLIP_FORMAT,
    clipId: opts.clipId,
    serial: opts.serial,
    model: opts.model,
    fps,
    gopSize,
    start: (opts.start ?? new Date()).toISOString(),
    signed: !!opts.signer,
    ...(opts.signer ? { chain: opts.signer.chain } : {}),
  };
  const lines = [JSON.stringify(header)];
  const key = opts.signer ? createPrivateKey(opts.signer.keyPem) : null;
  let prev = GENESIS;
  for (let first = 0, gop = 0; first < opts.frames; first += gopSize, gop++) {
    const last = Math.min(first + gopSize, opts.frames) - 1;
    const hashes: string[] = [];
    for (let n = first; n <= last; n++) {
      const data = createHash("sha256").update(`${opts.clipId}/${n}`).digest("base64").repeat(2);
      const frame: ClipFrame = { type: "frame", n, gop, t: Math.round((n * 1000) / fps), key: n === first, data };
      hashes.push(frameHash(frame));
      lines.push(JSON.stringify(frame));
    }
    if (key) {
      const payload = gopPayload(opts.clipId, { gop, first, last, hashes, prev });
      const sig = sign("sha256", Buffer.from(payload), key).toString("base64");
      lines.push(JSON.stringify({ type: "gop", gop, first, last, hashes, prev, sig } satisfies ClipGop));
      prev = sha256(payload);
    }
  }
  return lines.join("\n") + "\n";
}

type ClipVerdict = "VALID" | "VALID WITH MISSING FRAMES" | "INVALID" | "NOT SIGNED";
export type ClipReport = {
  verdict: ClipVerdict;
  clipId?: string;
  frames: number;
  gops: number;
  missingFrames: number[];
  invalidFrames: number[];
  notes: string[];
  signer?: string;
  chainsToVendorRoot: boolean;
  chainReason?: string;
};

export function verifyClip(text: string, vendorRootPem: string): ClipReport {
  const report: ClipReport = {
    verdict: "INVALID",
    frames: 0,
    gops: 0,
    missingFrames: [],
    invalidFrames: [],
    notes: [],
    chainsToVendorRoot: false,
  };
  let header: ClipHeader | undefined;
  const frames = new Map<number, ClipFrame>();
  const gops: ClipGop[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    let rec: { type?: string };
    try {
      rec = JSON.parse(line);
    } catch {
      report.notes.push(`line ${i + 1}: not JSON`);
      continue;
    }
    if (rec.type === "header" && !header) header = rec as ClipHeader;
    else if (rec.type === "frame") frames.set((rec as ClipFrame).n, rec as ClipFrame);
    else if (rec.type === "gop") gops.push(rec as ClipGop);
  }
  report.frames = frames.size;
  report.gops = gops.length;
  if (!header || header.format !== CLIP_FORMAT) return { ...report, notes: [...report.notes, "not a Cyberwall signed-video clip"] };
  report.clipId = header.clipId;
  if (!header.signed || !header.chain?.length || gops.length === 0) return { ...report, verdict: "NOT SIGNED" };
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(header.chain[0]);
  } catch {
    return { ...report, notes: [...report.notes, "signing certificate unreadable"] };
  }
  report.signer = oneLine(leaf.subject);
  const chain = verifyChain(header.chain, vendorRootPem);
  report.chainsToVendorRoot = chain.ok;
  if (!chain.ok) report.chainReason = chain.reason;

  const invalid = new Set<number>();
  const missing = new Set<number>();
  const covered = new Set<number>();
  let prevPayloadHash = GENESIS;
  let expectedFirst = 0;
  gops.sort((a, b) => a.first - b.first);
  for (const g of gops) {
    const range = Array.from({ length: Math.max(0, g.last - g.first + 1) }, (_, k) => g.first + k);
    range.forEach((n) => covered.add(n));
    const payload = gopPayload(header.clipId, g);
    let sigOk: boolean;
    try {
      sigOk =
        Array.isArray(g.hashes) &&
        g.hashes.length === range.length &&
        verify("sha256", Buffer.from(payload), leaf.publicKey, Buffer.from(String(g.sig), "base64"));
    } catch {
      sigOk = false;
    }
    if (!sigOk) {
      report.notes.push(`GOP ${g.gop}: signature invalid`);
      range.forEach((n) => invalid.add(n));
    } else if (g.prev !== prevPayloadHash) {
      if (g.first > expectedFirst) {
        report.notes.push(`GOP(s) before GOP ${g.gop} removed`);
        for (let n = expectedFirst; n < g.first; n++) missing.add(n);
      } else {
        report.notes.push(`GOP ${g.gop}: chain to the previous GOP broken (reordered or replaced)`);
        range.forEach((n) => invalid.add(n));
      }
    }
    if (sigOk) {
      range.forEach((n, k) => {
        const f = frames.get(n);
        if (!f) missing.add(n);
        else if (frameHash(f) !== g.hashes[k]) invalid.add(n);
      });
    }
    prevPayloadHash = sha256(payload);
    expectedFirst = g.last + 1;
  }
  for (const n of frames.keys()) if (!covered.has(n)) invalid.add(n);
  for (const n of invalid) missing.delete(n);
  report.invalidFrames = [...invalid].sort((a, b) => a - b);
  report.missingFrames = [...missing].sort((a, b) => a - b);
  report.verdict = invalid.size ? "INVALID" : missing.size ? "VALID WITH MISSING FRAMES" : "VALID";
  return report;
}

/** "3-5, 9" style list for humans. */
export function formatFrameList(ns: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    out.push(j > i ? `${ns[i]}-${ns[j]}` : `${ns[i]}`);
    i = j;
  }
  return out.join(", ");
}

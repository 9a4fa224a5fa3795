import { inflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { unbakePng, unbakeSvg } from "./bake-badge";

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/u;
export type ExtractedFrom = "jwt" | "json" | "png" | "svg" | "pdf";
export class ExtractError extends Error {}

/** Files attached to a PDF (its EmbeddedFiles name tree), decoded. */
async function pdfAttachments(bytes: Uint8Array): Promise<{ name: string; data: Buffer }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: { name: string; data: Buffer }[] = [];
  const walk = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > 8) return;
    const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(kids.lookupMaybe(i, PDFDict), depth + 1);
    const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const spec = names.lookupMaybe(i + 1, PDFDict);
      const stream = spec?.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookup(PDFName.of("F"));
      if (!(stream instanceof PDFRawStream)) continue;
      const label = spec!.lookup(PDFName.of("UF")) ?? spec!.lookup(PDFName.of("F"));
      const name = label instanceof PDFString || label instanceof PDFHexString ? label.decodeText() : "";
      const filter = stream.dict.lookup(PDFName.of("Filter"));
      const raw = Buffer.from(stream.getContents());
      out.push({ name, data: filter === PDFName.of("FlateDecode") ? inflateSync(raw) : raw });
    }
  };
  const embedded = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  walk(embedded, 0);
  return out;
}

/**
 * The VC-JWT a dropped file carries: the JWT text itself, an EnvelopedVerifiableCredential JSON, a baked
 * PNG or SVG badge, or the certificate PDF (its attached credential.jwt).
 */
export async function extractCredential(bytes: Buffer): Promise<{ jwt: string; from: ExtractedFrom }> {
  const head = bytes.subarray(0, 1024).toString("latin1");
  if (bytes.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex"))) {
    let jwt: string | null;
    try {
      jwt = unbakePng(bytes);
    } catch (e) {
      throw new ExtractError(`This PNG could not be read: ${(e as Error).message}`);
    }
    if (!jwt) throw new ExtractError("This PNG carries no Open Badges credential (no openbadgecredential iTXt chunk).");
    return { jwt: jwt.trim(), from: "png" };
  }
  if (head.startsWith("%PDF-")) {
    let files;
    try {
      files = await pdfAttachments(bytes);
    } catch {
      throw new ExtractError("This PDF could not be read.");
    }
    const jwt = (files.find((f) => f.name.endsWith(".jwt")) ?? files.find((f) => JWS.test(f.data.toString("utf8").trim())))?.data.toString(
      "utf8",
    );
    if (!jwt) throw new ExtractError("This PDF has no credential attached.");
    return { jwt: jwt.trim(), from: "pdf" };
  }
  const text = bytes.toString("utf8").trim();
  if (/<svg\b/u.test(text.slice(0, 4096))) {
    const jwt = unbakeSvg(text);
    if (!jwt) throw new ExtractError("This SVG carries no Open Badges credential (no openbadges:credential element).");
    return { jwt, from: "svg" };
  }
  if (text.startsWith("{")) {
    let json: { type?: unknown; id?: unknown; jwt?: unknown };
    try {
      json = JSON.parse(text);
    } catch {
      throw new ExtractError("This JSON file is not valid JSON.");
    }
    if (typeof json.jwt === "string") return { jwt: json.jwt.trim(), from: "json" };
    if (typeof json.id === "string" && json.id.startsWith("data:application/vc+jwt,"))
      return { jwt: json.id.slice(24).trim(), from: "json" };
    throw new ExtractError("This JSON is not a signed credential: verify the .jwt file, the badge or the PDF instead.");
  }
  if (JWS.test(text)) return { jwt: text, from: "jwt" };
  throw new ExtractError("Not a credential: drop a .jwt, a baked badge (PNG or SVG), the certificate PDF or the wallet JSON.");
}

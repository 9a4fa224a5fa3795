// Baking per OB 3.0 ("Baked Badge"): the VC-JWT travels inside the image. SVG: an
// <openbadges:credential verify="JWS"> element directly after <svg>; PNG: one uncompressed iTXt chunk
// with the keyword "openbadgecredential".
import { crc32 } from "node:zlib";

const OB_SVG_NS = "https://purl.imsglobal.org/ob/v3p0";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KEYWORD = "openbadgecredential";
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/u;

export function bakeSvg(svg: string, jws: string): string {
  if (!JWS.test(jws)) throw new Error("Only a compact JWS can be baked.");
  const open = /<svg\b[^>]*>/u.exec(svg);
  if (!open) throw new Error("Not an SVG image.");
  const withNs = open[0].includes("xmlns:openbadges=") ? open[0] : open[0].replace(/^<svg\b/u, `<svg xmlns:openbadges="${OB_SVG_NS}"`);
  const rest = svg
    .slice(open.index + open[0].length)
    .replace(/<openbadges:credential\b[^>]*(\/>|>[\s\S]*?<\/openbadges:credential>)/gu, "");
  return `${svg.slice(0, open.index)}${withNs}<openbadges:credential verify="${jws}"></openbadges:credential>${rest}`;
}

type Chunk = { type: string; data: Buffer };

export function readPngChunks(png: Buffer): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("Not a PNG image.");
  const chunks: Chunk[] = [];
  for (let pos = 8; pos + 12 <= png.length;) {
    const length = png.readUInt32BE(pos);
    const type = png.toString("latin1", pos + 4, pos + 8);
    if (pos + 12 + length > png.length) throw new Error("Truncated PNG.");
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (crc32(png.subarray(pos + 4, pos + 8 + length)) !== png.readUInt32BE(pos + 8 + length))
      throw new Error(`Corrupt PNG chunk ${type}.`);
    chunks.push({ type, data });
    pos += 12 + length;
    if (type === "IEND") break;
  }
  return chunks;
}

function encodeChunk({ type, data }: Chunk): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const isCredentialChunk = (c: Chunk) =>
  c.type === "iTXt" && c.data.subarray(0, KEYWORD.length + 1).equals(Buffer.from(`${KEYWORD}\0`, "latin1"));

/** Inserts the chunk right after IHDR (replacing an earlier one: only one may exist). */
export function bakePng(png: Buffer, jws: string): Buffer {
  if (!JWS.test(jws)) throw new Error("Only a compact JWS can be baked.");
  const chunks = readPngChunks(png).filter((c) => !isCredentialChunk(c));
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text
  const itxt = { type: "iTXt", data: Buffer.concat([Buffer.from(`${KEYWORD}\0\0\0\0\0`, "latin1"), Buffer.from(jws, "utf8")]) };
  chunks.splice(1, 0, itxt);
  return Buffer.concat([PNG_SIGNATURE, ...chunks.map(encodeChunk)]);
}

/** The credential baked into a PNG, or null. */
export function unbakePng(png: Buffer): string | null {
  const chunk = readPngChunks(png).find(isCredentialChunk);
  if (!chunk) return null;
  const rest = chunk.data.subarray(KEYWORD.length + 1);
  if (rest[0] !== 0) throw new Error("The openbadgecredential chunk is compressed; OB 3.0 forbids that.");
  let at = 2;
  for (let nul = 0; nul < 2; at++) if (rest[at] === 0) nul++;
  return rest.subarray(at).toString("utf8");
}

/** The credential baked into an SVG (the first openbadges:credential element in its namespace), or null. */
export function unbakeSvg(svg: string): string | null {
  const prefix = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)=["']${OB_SVG_NS.replace(/[./]/gu, "\\$&")}["']`, "u").exec(svg)?.[1];
  if (!prefix) return null;
  const el = new RegExp(`<${prefix}:credential\\b([^>]*)>`, "u").exec(svg);
  return el ? (/\bverify=["']([^"']+)["']/u.exec(el[1])?.[1] ?? null) : null;
}

import { gunzipSync, gzipSync } from "node:zlib";

/** 131,072 entries = 16 KB, the minimum the Bitstring Status List spec sets for herd privacy. */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * Encodes set bit positions as the spec's `encodedList`: GZIP of the bitstring, base64url without
 * padding, with the multibase prefix "u". Index 0 is the left-most (most significant) bit of byte 0.
 */
export function encodeStatusList(setIndexes: Iterable<number>, length = STATUS_LIST_LENGTH): string {
  const bytes = Buffer.alloc(length / 8);
  for (const i of setIndexes) {
    if (!Number.isInteger(i) || i < 0 || i >= length) throw new RangeError(`Status index ${i} is outside 0..${length - 1}.`);
    bytes[i >> 3] |= 0x80 >> (i & 7);
  }
  return "u" + gzipSync(bytes).toString("base64url");
}

export function decodeStatusList(encodedList: string): Buffer {
  if (!encodedList.startsWith("u")) throw new Error("encodedList must be multibase base64url (prefix u).");
  return gunzipSync(Buffer.from(encodedList.slice(1), "base64url"));
}

export function readStatusBit(bitstring: Buffer, index: number): boolean {
  if (index < 0 || index >= bitstring.length * 8) throw new RangeError(`Status index ${index} is outside the list.`);
  return (bitstring[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/**
 * File bytes → text. UTF-8 with or without a byte-order mark (and UTF-16 with one, which is what Excel's "Unicode text"
 * writes); anything else is refused with a clear message instead of being read as mojibake (a GBK file read as UTF-8
 * would turn every Chinese name into garbage silently).
 */
import type { ImportError } from "./types";

export function decodeText(bytes: Uint8Array, file: string): { text: string } | { error: ImportError } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return { text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return { text: new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2)) };
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, "") };
  } catch {
    return {
      error: {
        file,
        row: null,
        column: null,
        reason: "the file is not UTF-8 text (in Excel: Save As › CSV UTF-8; other encodings such as GBK are not read)",
      },
    };
  }
}

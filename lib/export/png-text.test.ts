import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isPng, readPngText, withPngText } from "./png-text";

/** A valid 1 × 1 white PNG, built by hand: signature, IHDR, IDAT (zlib of one filter byte + RGB), IEND. */
function tinyPng(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk("IHDR", ihdr),
      chunk("IDAT", idat),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

describe(withPngText, () => {
  it("adds UTF-8 text chunks that read back, keeping the image a PNG", () => {
    const png = withPngText(tinyPng(), { Title: "AI城市指数 — 综合排名", Description: "Weights in force: Talent 25%" });
    expect(isPng(png)).toBe(true);
    expect(readPngText(png)).toEqual({ Title: "AI城市指数 — 综合排名", Description: "Weights in force: Talent 25%" });
    // IHDR stays the first chunk, as the PNG specification requires.
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe("IHDR");
    expect(String.fromCharCode(...png.subarray(33 + 4, 33 + 8))).toBe("iTXt");
  });

  it("refuses bytes that are not a PNG", () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), { Title: "x" })).toThrow("not a PNG");
  });
});

/**
 * Makes the font the link-preview image (`app/og/route.tsx`) draws with: Noto Sans CJK SC cut down to printable ASCII,
 * common punctuation, the 3,755 level-1 characters of GB 2312 (the everyday Chinese character set), and every
 * character of the bundled data and the Chinese catalogue. The server has no system fonts to rely on (CI has none), so
 * the font is committed; run this again (`npm run og:font`) when names in data/ use a character it lacks
 * (lib/og/font.test.ts says which). Needs Debian's fonts-noto-cjk (`apt-get install fonts-noto-cjk`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import subsetFont from "subset-font";

const SOURCE = process.env.NOTO_CJK ?? "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const OUT = "assets/fonts/noto-sans-sc-og.woff";
const FAMILY = "Noto Sans CJK SC";

/** The face named `family` from a font collection (TTC), as a standalone SFNT: its tables copied, offsets rewritten. */
function faceFromCollection(ttc, family) {
  const count = ttc.readUInt32BE(8);
  for (let i = 0; i < count; i++) {
    const face = extract(ttc, ttc.readUInt32BE(12 + 4 * i));
    if (familyName(face) === family) return face;
  }
  throw new Error(`${family} is not in ${SOURCE}`);
}

function extract(buf, off) {
  const numTables = buf.readUInt16BE(off + 4);
  let pos = 12 + 16 * numTables;
  const tables = Array.from({ length: numTables }, (_, i) => {
    const r = off + 12 + 16 * i;
    const t = { r, offset: buf.readUInt32BE(r + 8), length: buf.readUInt32BE(r + 12), at: pos };
    pos += (t.length + 3) & ~3;
    return t;
  });
  const out = Buffer.alloc(pos);
  buf.copy(out, 0, off, off + 12);
  tables.forEach((t, i) => {
    buf.copy(out, 12 + 16 * i, t.r, t.r + 16);
    out.writeUInt32BE(t.at, 12 + 16 * i + 8);
    buf.copy(out, t.at, t.offset, t.offset + t.length);
  });
  return out;
}

function familyName(sfnt) {
  const numTables = sfnt.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const r = 12 + 16 * i;
    if (sfnt.toString("latin1", r, r + 4) !== "name") continue;
    const o = sfnt.readUInt32BE(r + 8);
    const strings = o + sfnt.readUInt16BE(o + 4);
    for (let k = 0; k < sfnt.readUInt16BE(o + 2); k++) {
      const e = o + 6 + 12 * k;
      if (sfnt.readUInt16BE(e) !== 3 || sfnt.readUInt16BE(e + 6) !== 1) continue;
      const start = strings + sfnt.readUInt16BE(e + 10);
      const bytes = sfnt.subarray(start, start + sfnt.readUInt16BE(e + 8));
      return String.fromCharCode(...Array.from({ length: bytes.length / 2 }, (_, j) => bytes.readUInt16BE(2 * j)));
    }
  }
  return null;
}

/** GB 2312 level 1: rows 0xB0–0xD7 decoded as GBK (its superset); 0xD7FA–0xD7FE are unassigned. */
function gb2312Level1() {
  const gbk = new TextDecoder("gbk");
  let out = "";
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = gbk.decode(Uint8Array.of(hi, lo));
      if (c !== "\ufffd") out += c;
    }
  return out;
}

let text = "";
for (let c = 0x20; c < 0x7f; c++) text += String.fromCharCode(c);
text += "，。、；：？！“”‘’（）《》【】—…·–≥≤～％＋－×÷→←↑↓■▲●◆▼★✎⚠";
text += gb2312Level1();
for (const f of ["places", "framework", "indicators", "sources"]) text += readFileSync(`data/${f}.json`, "utf8");
text += readFileSync("lib/i18n/zh.ts", "utf8") + readFileSync("lib/i18n/exchange-zh.ts", "utf8");
const chars = [...new Set(text)].filter((c) => c.codePointAt(0) >= 0x20).join("");

const face = faceFromCollection(readFileSync(SOURCE), FAMILY);
const woff = await subsetFont(face, chars, { targetFormat: "woff" });
writeFileSync(OUT, woff);
console.log(`${OUT}: ${[...chars].length} characters, ${woff.length} bytes`);

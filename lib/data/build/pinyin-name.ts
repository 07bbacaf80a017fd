/**
 * English names of districts, derived at build time: no GB/T 2260 package gives English names, so the name is the
 * Hanyu Pinyin of the Chinese name (pinyin-pro, build time only), written as the national standard for place names
 * writes it (GB/T 16159 / GB 17733): syllables joined, an apostrophe before a syllable starting a, o or e (Chang'an),
 * the generic 区 dropped (Haidian), 新区 "New Area", 县 "County", a county-level city by its name alone (Zhangjiagang).
 */
import { customPinyin, pinyin } from "pinyin-pro";

/**
 * Readings pinyin-pro gets wrong in place names: a place name keeps its local reading of a polyphonic character.
 * Each entry is a correction of the library, not a name table; add one only with the reason.
 */
export const READING_CORRECTIONS: Readonly<Record<string, string>> = {
  // 行 reads háng in 闵行 (Shanghai's Minhang district); the library reads xíng.
  闵行: "min hang",
};
customPinyin(READING_CORRECTIONS);

/** Generic endings, longest first: what each becomes in English (empty: dropped). */
const GENERICS: readonly (readonly [string, string])[] = [
  ["新区", " New Area"],
  ["自治县", " Autonomous County"],
  ["区", ""],
  ["县", " County"],
  ["市", ""],
  ["旗", " Banner"],
];

/** Syllables as one word, apostrophes where a syllable starting a/o/e could join the one before. */
export function joinSyllables(syllables: readonly string[]): string {
  const word = syllables.map((s, k) => (k > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function romanize(zh: string): string {
  const syllables = pinyin(zh, { toneType: "none", type: "array", nonZh: "removed" });
  return joinSyllables(syllables.map((s) => s.toLowerCase()));
}

/**
 * The English name of a county-level division (海淀区 → Haidian, 浦东新区 → Pudong New Area, 张家港市 → Zhangjiagang)
 * and its proper name alone (Pudong), for ids. A name that would be a single character without its generic (城区,
 * 郊区) keeps it in pinyin (Chengqu).
 */
export function englishName(nameZh: string): { name: string; proper: string } {
  for (const [suffix, english] of GENERICS) {
    const stem = nameZh.slice(0, -suffix.length);
    if (nameZh.endsWith(suffix) && stem.length >= 2) {
      const proper = romanize(stem);
      return { name: proper + english, proper };
    }
  }
  const whole = romanize(nameZh);
  return { name: whole, proper: whole };
}

/** A place id's part: lower case ASCII letters, digits and dashes (Chang'an → changan, Lüyuan → lvyuan). */
export function slugOf(english: string): string {
  return english
    .replace(/'/g, "")
    .replace(/ü/g, "v")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

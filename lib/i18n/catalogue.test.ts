import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zh } from "./zh";
import { htmlLang, messagesFor, pickLocale, requestLocale } from "./index";

type Tree = { readonly [k: string]: string | Tree };

/** Every leaf as [dotted path, string]; a non-string, non-object leaf is reported as a path ending in "!". */
function leaves(t: Tree, prefix = ""): [string, string][] {
  return Object.entries(t).flatMap(([k, v]): [string, string][] => {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") return [[path, v]];
    if (v && typeof v === "object") return leaves(v, path);
    return [[`${path}!`, String(v)]];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Strings that are the same in both languages because they contain no words to translate: formulas made only of
 * symbols and variable names. Anything else identical to English is an untranslated string.
 */
const SAME_IN_BOTH = new Set([
  "methodology.formulas.normalization.minmax",
  "methodology.formulas.normalization.ratio",
  "methodology.formulas.normalization.none",
  "methodology.formulas.aggregation.arithmetic",
  "methodology.formulas.aggregation.geometric",
  "methodology.formulas.aggregation.harmonic",
]);

/** Placeholders and CJK punctuation only (full-width colon, brackets, enumeration comma, …). */
const PUNCTUATION_TEMPLATE = /^(?:\{\w+\}|[\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f])+$/u;

const enLeaves = new Map(leaves(en));
const zhLeaves = new Map(leaves(zh));

describe("zh catalogue", () => {
  it("has exactly the key paths of en", () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it("keeps every string's placeholders (same names, same count)", () => {
    for (const [path, e] of enLeaves) {
      expect({ path, placeholders: placeholders(zhLeaves.get(path) ?? "") }).toEqual({
        path,
        placeholders: placeholders(e),
      });
    }
  });

  it("has no empty string, and no string left in English except the listed formulas", () => {
    for (const [path, z] of zhLeaves) {
      const e = enLeaves.get(path);
      expect(z.trim(), path).not.toBe("");
      if (SAME_IN_BOTH.has(path)) expect(z, `${path} should stay as in English`).toBe(e);
      else {
        expect(z, `${path} is untranslated`).not.toBe(e);
        // A punctuation template ("{name}：{reason}", "、") differs from English only by its full-width marks.
        if (!PUNCTUATION_TEMPLATE.test(z)) expect(z, `${path} has no Chinese text`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it("lists only exceptions that exist and carry no prose", () => {
    for (const path of SAME_IN_BOTH) {
      const e = enLeaves.get(path);
      expect(e, path).toBeDefined();
      // Formula-only: a variable or function name at most, never two words in a row.
      expect(e, path).not.toMatch(/[A-Za-z]{2,} +[A-Za-z]{2,}/);
    }
  });

  it("uses full-width punctuation in Chinese prose: no ASCII , : ; ? ! ( ) beside a Chinese character", () => {
    for (const [path, z] of zhLeaves) {
      if (SAME_IN_BOTH.has(path) || path.startsWith("methodology.formulas.normalization")) continue;
      expect(z, path).not.toMatch(/\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u);
    }
  });

  it("uses ASCII braces for placeholders (no full-width ｛｝ that fill() would not see)", () => {
    for (const [path, z] of zhLeaves) expect(z, path).not.toMatch(/[｛｝]/);
  });

  it("keeps formulas verbatim where prose is appended", () => {
    const f = en.methodology.formulas.normalization;
    const g = zh.methodology.formulas.normalization;
    expect(g.goalposts.startsWith("y = 100 · (min(max(x, lo), hi) − lo) / (hi − lo)")).toBe(true);
    expect(g.zscore.startsWith("y = 50 + 10 · (x − mean) / s")).toBe(true);
    expect(g.target.startsWith("y = 100 · (x − min) / (t − min)")).toBe(true);
    expect(g.rank.startsWith(f.rank.split(",")[0]!)).toBe(true);
  });
});

describe(messagesFor, () => {
  it("returns the catalogue of the locale", () => {
    expect(messagesFor("en")).toBe(en);
    expect(messagesFor("zh")).toBe(zh);
  });
  it("falls back to English for a value that is not a locale", () => {
    expect(messagesFor("fr" as never)).toBe(en);
  });
});

describe(pickLocale, () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en-US,en;q=0.9,zh;q=0.5", "en"],
    ["zh-TW", "zh"],
    ["zh-Hans", "zh"],
    ["zh-Hant-HK", "zh"],
    ["ZH-cn", "zh"],
    ["zh_CN", "zh"],
    ["zh", "zh"],
    ["en", "en"],
    ["fr-FR,fr;q=0.9", "en"],
    ["fr-FR,fr;q=0.9,zh;q=0.1", "zh"],
    ["en;q=0.5,zh;q=0.8", "zh"],
    ["en;q=0.8,zh-CN;q=0.5,zh;q=0.9", "zh"],
    ["  zh-CN ; q=0.7 ,  en ; q=0.6 ", "zh"],
    ["zh,en", "zh"],
    ["en,zh", "en"],
    ["de;q=0.9, zh-CN;q=0.5, en;q=0.5", "zh"],
  ])("%j → %s", (header, want) => {
    expect(pickLocale(header)).toBe(want);
  });

  it("treats q=0 as not acceptable", () => {
    expect(pickLocale("zh;q=0")).toBe("en");
    expect(pickLocale("zh-CN;q=0,en;q=0.1")).toBe("en");
    expect(pickLocale("en;q=0,zh;q=0.1")).toBe("zh");
    expect(pickLocale("en;q=0.000,zh;q=0.001")).toBe("zh");
    expect(pickLocale("zh;q=0,en;q=0")).toBe("en");
  });

  it("applies * only to languages not named", () => {
    expect(pickLocale("*")).toBe("en");
    expect(pickLocale("en;q=0,*")).toBe("zh");
    expect(pickLocale("zh;q=0,*;q=0.5")).toBe("en");
    expect(pickLocale("fr,*;q=0.1")).toBe("en");
  });

  it.each([null, undefined, "", "   ", ",,,", ";", ";q=1", "q=0.9", "*;q=0", "🙂", "zh-", "-zh", "zh--CN", "zh CN"])(
    "gives English for empty or malformed %j",
    (header) => {
      expect(pickLocale(header)).toBe("en");
    },
  );

  it("skips entries whose weight is malformed and keeps the rest", () => {
    expect(pickLocale("zh;q=abc,en")).toBe("en");
    expect(pickLocale("zh;q=2,en;q=0.1")).toBe("en");
    expect(pickLocale("zh;q=-1")).toBe("en");
    expect(pickLocale("zh;q=")).toBe("en");
    expect(pickLocale("zh;q=0.5;q=nope")).toBe("en");
    expect(pickLocale("en;q=abc,zh;q=0.1")).toBe("zh");
    expect(pickLocale("zh;foo=bar")).toBe("zh");
    expect(pickLocale("garbage!!,zh-CN")).toBe("zh");
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything()), (h) => {
        expect(["en", "zh"]).toContain(pickLocale(h as string));
      }),
    );
    expect(pickLocale("zh,".repeat(100_000))).toBe("zh");
    expect(pickLocale(`${"x".repeat(10_000)},zh`)).toBe("en"); // past the length cap: ignored
  });
});

describe(requestLocale, () => {
  it("follows the link's lang param, then the browser; <html lang> is zh-CN for Chinese", () => {
    expect(requestLocale("zh", "en-US")).toBe("zh");
    expect(requestLocale("zh-CN", null)).toBe("zh");
    expect(requestLocale("EN_gb", "zh-CN")).toBe("en");
    expect(requestLocale("fr", "zh-CN,zh;q=0.9")).toBe("zh");
    expect(requestLocale(null, "zh-TW")).toBe("zh");
    expect(requestLocale(undefined, undefined)).toBe("en");
    expect(htmlLang("zh")).toBe("zh-CN");
    expect(htmlLang("en")).toBe("en");
  });
});

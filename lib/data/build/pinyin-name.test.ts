import { describe, expect, it } from "vitest";
import { englishName, joinSyllables, slugOf } from "./pinyin-name";

describe("englishName", () => {
  it.each([
    ["海淀区", "Haidian", "Haidian"],
    ["余杭区", "Yuhang", "Yuhang"],
    ["南山区", "Nanshan", "Nanshan"],
    ["浦东新区", "Pudong New Area", "Pudong"],
    ["张家港市", "Zhangjiagang", "Zhangjiagang"],
    ["长沙县", "Changsha County", "Changsha"],
    ["长安区", "Chang'an", "Chang'an"], // apostrophe before a syllable starting a/o/e
    ["闵行区", "Minhang", "Minhang"], // 行 read háng, corrected (the library reads xíng)
    ["番禺区", "Panyu", "Panyu"],
    ["城区", "Chengqu", "Chengqu"], // a one-character stem keeps its generic
  ])("%s → %s", (zh, name, proper) => {
    expect(englishName(zh)).toEqual({ name, proper });
  });
});

describe("joinSyllables and slugOf", () => {
  it("joins syllables as one word with apostrophes, and makes ASCII ids", () => {
    expect(joinSyllables(["xi", "an"])).toBe("Xi'an");
    expect(joinSyllables(["hai", "dian"])).toBe("Haidian");
    expect(slugOf("Chang'an")).toBe("changan");
    expect(slugOf("Lüyuan")).toBe("lvyuan");
    expect(slugOf("Pudong New Area")).toBe("pudong-new-area");
  });
});

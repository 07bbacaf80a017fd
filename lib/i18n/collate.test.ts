import { describe, expect, it } from "vitest";
import { compareIds, compareNames, nameCollator } from "./collate";

describe(nameCollator, () => {
  it("orders Chinese city names by pinyin", () => {
    // Pinyin: Běijīng, Chéngdū, Hángzhōu, Nánjīng, Shànghǎi, Shēnzhèn, Wǔhàn (code-point order would differ:
    // 上 U+4E0A < 北 U+5317 < 南 U+5357 < 成 U+6210 < 杭 U+676D < 武 U+6B66 < 深 U+6DF1).
    const names = ["上海", "深圳", "北京", "杭州", "武汉", "成都", "南京"];
    expect([...names].sort(nameCollator("zh").compare)).toEqual([
      "北京",
      "成都",
      "杭州",
      "南京",
      "上海",
      "深圳",
      "武汉",
    ]);
  });

  it("orders English names alphabetically with numbers as numbers", () => {
    const names = ["Synthetic 10", "shanghai", "Synthetic 2", "Beijing", "Ürümqi", "Zhuhai"];
    expect([...names].sort(nameCollator("en").compare)).toEqual([
      "Beijing",
      "shanghai",
      "Synthetic 2",
      "Synthetic 10",
      "Ürümqi",
      "Zhuhai",
    ]);
  });

  it("is built once per locale", () => {
    expect(nameCollator("zh")).toBe(nameCollator("zh"));
    expect(nameCollator("zh").resolvedOptions().locale).toMatch(/^zh/);
    expect(nameCollator("en").resolvedOptions().locale).toMatch(/^en/);
  });
});

describe(compareNames, () => {
  it("breaks a tie of names by id, so equal names keep one order", () => {
    const rows = [
      { id: "b", name: "Same" },
      { id: "a", name: "Same" },
      { id: "c", name: "Other" },
    ];
    expect([...rows].sort(compareNames("en")).map((r) => r.id)).toEqual(["c", "a", "b"]);
  });

  it("compares ids by code unit, independent of any locale", () => {
    expect(["b_x", "a-z", "a_b", "B"].sort(compareIds)).toEqual(["B", "a-z", "a_b", "b_x"]);
  });
});

import { describe, expect, it } from "vitest";
import { zhPunctuation } from "./punctuation";

describe(zhPunctuation, () => {
  it.each([
    ["排名(1为最佳)", "排名（1为最佳）"],
    ["AI技术人才需求占比(猎聘)", "AI技术人才需求占比（猎聘）"],
    ["人工智能计算力城市排名(IDC/浪潮2019)", "人工智能计算力城市排名（IDC/浪潮2019）"],
    ["北京, 上海", "北京，上海"],
    ["来源:猎聘", "来源：猎聘"],
    ["独角兽企业数(全行业,长城战略咨询)", "独角兽企业数（全行业，长城战略咨询）"],
  ])("%s → %s", (text, want) => expect(zhPunctuation(text)).toBe(want));

  it("leaves Latin text and numbers alone", () => {
    for (const s of ["Rank (1 = best)", "3:2", "AI (IDC 2021)", "1,234.5", "x, y"]) expect(zhPunctuation(s)).toBe(s);
  });
});

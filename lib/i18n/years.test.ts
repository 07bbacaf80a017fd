import { describe, expect, it } from "vitest";
import { sourceText, yearText } from "./years";

describe(yearText, () => {
  it.each([
    ["2024", "2024年"],
    ["2024-03", "2024年3月"],
    ["2025-11-01", "2025年11月1日"],
    ["2025H1", "2025年上半年"],
    ["2024H2", "2024年下半年"],
    ["2021-22", "2021–2022年"],
    ["2024/25", "2024–2025年"],
    ["2019–2024", "2019–2024年"],
    ["~2024-25", "约2024–2025年"],
    ["~2024-25 (past 12 months)", "约2024–2025年（近12个月）"],
    ["≤2024", "2024年及以前"],
    ["2025-06/07", "2025年6–7月"],
  ])("%s → %s in Chinese", (year, want) => {
    expect(yearText(year, "zh")).toEqual({ text: want, translated: true });
  });
  it("keeps what it cannot read as written, marked untranslated", () => {
    expect(yearText("FY2024 budget", "zh")).toEqual({ text: "FY2024 budget", translated: false });
    expect(yearText("2024-13", "zh")).toEqual({ text: "2024-13", translated: false });
    expect(yearText("2024-23", "zh").translated).toBe(false); // neither a month nor a rising span
  });
  it("shows English as written", () => {
    expect(yearText("2025H1", "en")).toEqual({ text: "2025H1", translated: true });
  });
});

describe(sourceText, () => {
  it("marks an edition label with no Chinese in it as untranslated in Chinese only", () => {
    expect(sourceText("2019-2020 report, AICC2019", "zh")).toEqual({
      text: "2019-2020 report, AICC2019",
      translated: false,
    });
    expect(sourceText("2021人工智能人才报告 (2021-10-25)", "zh").translated).toBe(true);
    expect(sourceText("2019-2020 report, AICC2019", "en").translated).toBe(true);
  });
});
